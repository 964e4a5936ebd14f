import { findIndicator, INDICATORS } from '$lib/indicators';
import { db } from './db/pool';
import { sqlFile } from './db/sql-file';
import { jsonError } from './http';

/** `GET /api/indicators`: what can be mapped. */
export function indicatorsResponse(): Response {
	return Response.json({ indicators: INDICATORS }, { headers: { 'Cache-Control': 'public, max-age=300' } });
}

/** `GET /api/indicators/{id}/values`: `{ values: [[kod_obec, value], …] }` for every municipality. */
export async function indicatorValuesResponse(id: string): Promise<Response> {
	const indicator = findIndicator(id);
	if (!indicator) {
		return jsonError(404, `Unknown indicator '${id.slice(0, 40)}'.`, { parameter: 'id', valid: INDICATORS.map((entry) => entry.id) });
	}
	const { rows } = await db().query<{ id: number; value: number | null }>(sqlFile('sql/queries/indicator_values.sql'), [indicator.id]);
	return Response.json({ indicator: indicator.id, values: rows.map((row) => [row.id, row.value]) }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
