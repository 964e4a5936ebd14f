import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { jsonError } from '../http';

const RESOLUTIONS: Record<string, string | null> = { raw: null, '10m': '10 minutes', '30m': '30 minutes', '1h': '1 hour', '3h': '3 hours', '1d': '1 day' };
const MAX_POINTS = 10_000;
const DAY = 24 * 3600 * 1000;

/** `GET /api/datastreams/{id}/observations?from&to&resolution`: readings for charts, downsampled on the server. */
export async function historyResponse(rawId: string, url: URL): Promise<Response> {
	if (!/^\d{1,9}$/.test(rawId)) return jsonError(400, `id must be a positive integer, got '${rawId.slice(0, 20)}'.`, { parameter: 'id' });
	const to = url.searchParams.get('to') ? new Date(url.searchParams.get('to')!) : new Date();
	const from = url.searchParams.get('from') ? new Date(url.searchParams.get('from')!) : new Date(to.getTime() - 7 * DAY);
	for (const [name, value] of [['from', from], ['to', to]] as const) {
		if (Number.isNaN(value.getTime())) return jsonError(400, `${name} must be an ISO 8601 time, e.g. 2026-11-01T00:00:00Z.`, { parameter: name });
	}
	if (from >= to) return jsonError(400, 'from must be before to.', { parameter: 'from' });
	const resolution = url.searchParams.get('resolution') ?? (to.getTime() - from.getTime() > 8 * DAY ? '1h' : 'raw');
	if (!(resolution in RESOLUTIONS)) return jsonError(400, `resolution must be one of ${Object.keys(RESOLUTIONS).join(', ')}.`, { parameter: 'resolution' });
	const exists = await db().query('SELECT 1 FROM datastream WHERE id = $1', [Number(rawId)]);
	if (!exists.rowCount) return jsonError(404, `There is no datastream ${rawId}.`, { parameter: 'id' });
	const { rows } = await db().query<{ time: Date; mean: number; min: number; max: number; count: number }>(sqlFile('sql/queries/observation_history.sql'), [
		Number(rawId),
		from.toISOString(),
		to.toISOString(),
		RESOLUTIONS[resolution],
		MAX_POINTS + 1
	]);
	if (rows.length > MAX_POINTS) return jsonError(400, `More than ${MAX_POINTS} points: choose a coarser resolution or a shorter period.`, { parameter: 'resolution' });
	return Response.json({
		datastream: Number(rawId),
		from: from.toISOString(),
		to: to.toISOString(),
		resolution,
		points: rows.map((row) => ({ time: row.time.toISOString(), mean: row.mean, min: row.min, max: row.max, count: row.count }))
	});
}

/** `GET /api/datastreams?layer=&feature=`: datastreams with their sensor and latest reading. */
export async function datastreamsResponse(url: URL): Promise<Response> {
	const layer = url.searchParams.get('layer');
	const feature = url.searchParams.get('feature');
	if (feature !== null && !/^\d{1,9}$/.test(feature)) return jsonError(400, 'feature must be a feature id.', { parameter: 'feature' });
	const { rows } = await db().query(sqlFile('sql/queries/datastreams.sql'), [layer, feature === null ? null : Number(feature)]);
	return Response.json({ datastreams: rows });
}
