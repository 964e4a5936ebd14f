import { findLayer, LAYERS } from '$lib/layers';
import type { Visibility } from './visibility';
import { db } from './db/pool';
import { sqlFile } from './db/sql-file';
import { jsonError } from './http';

export interface FeatureDetails {
	layer: string;
	id: number;
	properties: Record<string, unknown>;
	/** [west, south, east, north] in lon/lat. */
	bbox: [number, number, number, number];
}

const selectable = () => LAYERS.filter((layer) => layer.selectable).map((layer) => layer.id);

/** `GET /api/features/{layer}/{id}`: everything known about one feature, from `sql/features/<layer>.sql`. */
export async function featureResponse(layerId: string, rawId: string, visibility: Visibility): Promise<Response> {
	const layer = findLayer(layerId);
	if (!layer?.selectable) {
		return jsonError(404, `'${layerId.slice(0, 40)}' is not a layer with details. Layers with details: ${selectable().join(', ')}.`, { parameter: 'layer', valid: selectable() });
	}
	if (!/^\d{1,9}$/.test(rawId)) return jsonError(400, `id must be a positive integer, got '${rawId.slice(0, 40)}'.`, { parameter: 'id' });
	const id = Number(rawId);
	const { rows } = await db().query<{ properties: Record<string, unknown>; bbox: [number, number, number, number] }>(
		sqlFile(`sql/features/${layer.id}.sql`),
		[id, visibility === 'restricted', null, null, null, null, 1, 0, null, null, null]
	);
	const row = rows[0];
	if (!row) return jsonError(404, `There is no feature ${id} in layer ${layer.id}.`, { parameter: 'id' });
	const details: FeatureDetails = { layer: layer.id, id, properties: row.properties, bbox: row.bbox };
	return Response.json(details, { headers: { 'Cache-Control': 'no-cache', Vary: 'Cookie' } });
}
