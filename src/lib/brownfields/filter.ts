import { z } from 'zod';

/** Coded values of the brownfield attributes (the CHECK constraints of sql/migrations/005_brownfield.sql). */
export const BROWNFIELD_VALUES = {
	previousUse: ['industrial', 'agricultural', 'civic', 'military', 'residential', 'transport', 'other'],
	ownership: ['private', 'municipal', 'regional', 'state', 'mixed'],
	burden: ['none', 'suspected', 'confirmed'],
	state: ['derelict', 'partly_used', 'in_regeneration', 'regenerated'],
	reuse: ['small_business_coworking', 'economic_use_natural_succession', 'housing_mixed_use', 'not_decided']
} as const;

export const SORT_KEYS = ['score', 'name', 'area_ha', 'built_up_ha', 'dist_5g_m', 'dist_road_m', 'dist_river_m', 'population_10km'] as const;

export const WEIGHT_KEYS = ['size', 'g5', 'road', 'burden', 'owner', 'population', 'flood'] as const;
export const DEFAULT_WEIGHTS: Record<(typeof WEIGHT_KEYS)[number], number> = { size: 1, g5: 1, road: 1, burden: 1, owner: 1, population: 1, flood: 1 };

const number = (min: number, max: number) => z.coerce.number().min(min).max(max);
const list = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length);

/** A polygon drawn or typed as `lon lat, lon lat, …` (closed automatically). */
const polygon = z
	.string()
	.max(20_000)
	.transform((text, context) => {
		const points = text.split(/\s*[,;]\s*/).filter(Boolean).map((pair) => pair.trim().split(/\s+/).map(Number));
		if (points.length < 3 || points.some((point) => point.length !== 2 || !Number.isFinite(point[0]) || !Number.isFinite(point[1]) || Math.abs(point[0]!) > 180 || Math.abs(point[1]!) > 90)) {
			context.addIssue({ code: 'custom', message: 'polygon must be at least three "lon lat" pairs separated by commas, e.g. 14.0 50.6, 14.1 50.6, 14.1 50.7' });
			return z.NEVER;
		}
		const ring = [...points, points[0]!];
		return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
	});

/** Everything the planner can ask, from URL parameters; the same object goes to PostgreSQL as one bound JSON value. */
export const brownfieldQuery = z
	.object({
		visibility: z.enum(['all', 'public', 'restricted']).optional(),
		areaMin: number(0, 100_000).optional(),
		areaMax: number(0, 100_000).optional(),
		builtMin: number(0, 100_000).optional(),
		builtMax: number(0, 100_000).optional(),
		previousUse: list(BROWNFIELD_VALUES.previousUse).optional(),
		ownership: list(BROWNFIELD_VALUES.ownership).optional(),
		burden: list(BROWNFIELD_VALUES.burden).optional(),
		state: list(BROWNFIELD_VALUES.state).optional(),
		reuse: list(BROWNFIELD_VALUES.reuse).optional(),
		municipality: z.array(z.coerce.number().int().positive().max(999_999)).min(1).max(700).optional(),
		district: z.array(z.string().regex(/^CZ0\d{3}$/, 'district must be a LAU 1 code such as CZ0421')).min(1).max(20).optional(),
		region: z.array(z.enum(['CZ042', 'CZ051'])).min(1).optional(),
		ids: z.array(z.coerce.number().int().positive().max(2_147_483_647)).min(1).max(1000).optional(),
		corridorKm: number(0, 200).optional(),
		riverKm: number(0, 200).optional(),
		roadKm: number(0, 200).optional(),
		roadClass: z.enum(['motorway', 'class_1']).optional(),
		point: z
			.string()
			.regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?$/, 'point must be lon,lat, e.g. 14.03,50.66')
			.transform((text) => text.split(',').map(Number))
			.optional(),
		pointKm: number(0, 200).optional(),
		polygon: polygon.optional(),
		sort: z.enum(SORT_KEYS).default('score'),
		dir: z.enum(['asc', 'desc']).optional(),
		page: z.coerce.number().int().min(1).max(10_000).default(1),
		pageSize: z.coerce.number().int().min(0).max(500).default(25),
		radiusKm: number(0.1, 100).optional(),
		...Object.fromEntries(WEIGHT_KEYS.map((key) => [`w_${key}`, number(0, 10).optional()]))
	})
	.refine((query) => (query.point === undefined) === (query.pointKm === undefined), { message: 'point and pointKm go together', path: ['pointKm'] })
	.refine((query) => query.roadClass === undefined || query.roadKm !== undefined, { message: 'roadClass needs roadKm', path: ['roadKm'] });

export type BrownfieldQuery = z.infer<typeof brownfieldQuery>;

const LIST_KEYS = ['previousUse', 'ownership', 'burden', 'state', 'reuse', 'municipality', 'district', 'region', 'ids'];

/** URL parameters → query; repeated or comma-separated values make a list. */
export function parseBrownfieldQuery(params: URLSearchParams) {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key).flatMap((value) => (LIST_KEYS.includes(key) ? value.split(',') : [value])).filter((value) => value !== '');
		if (values.length === 0) continue;
		raw[key] = LIST_KEYS.includes(key) ? values : values[0];
	}
	const known = new Set([...Object.keys(brownfieldQuery.shape), 'lang', 'format', 'by', 'shade', 'sheet']);
	const unknown = Object.keys(raw).filter((key) => !known.has(key));
	if (unknown.length > 0) return { success: false as const, message: `Unknown parameter '${unknown[0]!.slice(0, 40)}'.`, parameter: unknown[0]! };
	const parsed = brownfieldQuery.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { success: false as const, message: `${issue.path.join('.') || 'query'}: ${issue.message}`, parameter: String(issue.path[0] ?? 'query') };
	}
	return { success: true as const, data: parsed.data };
}

/** The filter part of a query, as stored procedures see it (see brownfield_matching in the migrations). */
export function filterOf(query: BrownfieldQuery): Record<string, unknown> {
	const { sort: _sort, dir: _dir, page: _page, pageSize: _pageSize, radiusKm: _radius, ...rest } = query;
	return Object.fromEntries(Object.entries(rest).filter(([key, value]) => value !== undefined && !key.startsWith('w_')));
}

export function weightsOf(query: BrownfieldQuery): Record<(typeof WEIGHT_KEYS)[number], number> {
	return Object.fromEntries(WEIGHT_KEYS.map((key) => [key, (query as Record<string, unknown>)[`w_${key}`] ?? DEFAULT_WEIGHTS[key]])) as Record<(typeof WEIGHT_KEYS)[number], number>;
}
