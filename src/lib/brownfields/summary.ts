import { classOf, classify } from '$lib/choropleth/classify';
import { paletteColours } from '$lib/choropleth/palettes';

/** How the planner sums the matching sites, and what shades the map: both live in the URL (`by`, `shade`). */
export const SUMMARY_GROUPINGS = ['district', 'municipality'] as const;
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number];
export const SUMMARY_MEASURES = ['total_ha', 'count', 'none'] as const;
export type SummaryMeasure = (typeof SUMMARY_MEASURES)[number];

/** Message keys naming each measure. */
export const MEASURE_LABEL = { total_ha: 'bf.shadeTotalHa', count: 'bf.shadeCount', none: 'bf.shadeNone' } as const satisfies Record<SummaryMeasure, string>;

export interface SummaryGroup {
	id: number;
	name: string;
	count: number;
	total_ha: number;
	built_up_ha: number;
	by_previous_use: Record<string, number>;
	by_state: Record<string, number>;
}

export interface SummaryView {
	by: SummaryGrouping;
	shade: SummaryMeasure;
}

export const DEFAULT_SUMMARY_VIEW: SummaryView = { by: 'district', shade: 'total_ha' };

/** `by` and `shade` from the URL; a value that is neither known nor empty is an error naming it. */
export function parseSummaryView(params: URLSearchParams): { ok: true; view: SummaryView } | { ok: false; message: string } {
	const by = params.get('by') || DEFAULT_SUMMARY_VIEW.by;
	const shade = params.get('shade') || DEFAULT_SUMMARY_VIEW.shade;
	if (!(SUMMARY_GROUPINGS as readonly string[]).includes(by)) return { ok: false, message: `by must be ${SUMMARY_GROUPINGS.join(' or ')}.` };
	if (!(SUMMARY_MEASURES as readonly string[]).includes(shade)) return { ok: false, message: `shade must be ${SUMMARY_MEASURES.join(', ')}.` };
	return { ok: true, view: { by: by as SummaryGrouping, shade: shade as SummaryMeasure } };
}

/** The map layer whose features carry the summary's ids (MVT feature id = kod_okres or kod_obec). */
export const SHADED_LAYER = { district: 'districts', municipality: 'municipalities' } as const satisfies Record<SummaryGrouping, string>;

export interface Shading {
	layer: (typeof SHADED_LAYER)[SummaryGrouping];
	/** Feature id → CSS colour; areas with no matching site stay unshaded. */
	colours: [id: number, colour: string][];
	legend: { from: number; to: number; colour: string }[];
}

const CLASSES = 5;

/**
 * Natural-breaks (Jenks) classes of the measure over the areas that have matching sites, in a colour-blind-safe
 * palette: counts are mostly 1 or 2 with a few large towns, where quantiles would merge into one class.
 */
export function summaryShading(groups: readonly SummaryGroup[], view: SummaryView): Shading | undefined {
	if (view.shade === 'none' || groups.length === 0) return undefined;
	const measure = view.shade;
	const breaks = classify(groups.map((group) => group[measure]), 'jenks', CLASSES);
	const palette = paletteColours('oranges', Math.max(1, breaks.length - 1)).map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
	return {
		layer: SHADED_LAYER[view.by],
		colours: groups.map((group) => [group.id, palette[classOf(group[measure], breaks)]!]),
		legend: breaks.length < 2 ? [{ from: breaks[0]!, to: breaks[0]!, colour: palette[0]! }] : palette.map((colour, index) => ({ from: breaks[index]!, to: breaks[index + 1]!, colour }))
	};
}
