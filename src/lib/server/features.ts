import { findLayer, LAYERS, type LayerMeta } from '$lib/layers';
import type { Visibility } from './visibility';
import { db, type Queryable } from './db/pool';
import { sqlFile } from './db/sql-file';
import { jsonError } from './http';
import type { CompiledFilter } from './ogc/cql2';
import type { TimeInterval } from './ogc/datetime';

const statements = new Map<string, string>();

/**
 * A layer's features as one statement: sql/queries/feature_page.sql with the layer's own query in its marked slot.
 * Only trusted project files make up the text; everything a request brings is a bound parameter.
 */
export function featureStatement(layer: LayerMeta): string {
	let text = statements.get(layer.id);
	if (!text) {
		text = sqlFile('sql/queries/feature_page.sql').replace('/* layer features */', sqlFile(`sql/features/${layer.id}.sql`));
		statements.set(layer.id, text);
	}
	return text;
}

export interface FeatureRow {
	id: number;
	properties: Record<string, unknown>;
	/** [west, south, east, north] in lon/lat. */
	bbox: [number, number, number, number];
	geometry: unknown;
	/** How many features matched in all (text: a bigint). */
	matched: string;
}

export interface FeatureQuery {
	id?: number;
	/** west, south, east, north in lon/lat. */
	bbox?: number[] | null;
	limit: number;
	offset: number;
	filter?: CompiledFilter;
	/** Only features whose `temporalProperty` falls in this interval (the layer must have one). */
	time?: TimeInterval;
}

/** One page of a layer's features in id order, as the viewer may see them; the details and OGC APIs both use it. */
export async function queryFeatures(database: Queryable, layer: LayerMeta, visibility: Visibility, query: FeatureQuery): Promise<FeatureRow[]> {
	const [west, south, east, north] = query.bbox ?? [null, null, null, null];
	const { filter, time } = query;
	if (time && !layer.temporalProperty) throw new Error(`Layer ${layer.id} has no temporal property to select by time.`);
	const { rows } = await database.query<FeatureRow>(featureStatement(layer), [
		query.id ?? null,
		visibility === 'restricted',
		west,
		south,
		east,
		north,
		query.limit,
		query.offset,
		filter?.jsonpath ?? null,
		filter ? filter.vars : null,
		filter ? JSON.stringify(filter.geometries) : null,
		time?.start ?? null,
		time?.end ?? null,
		time ? layer.temporalProperty : null
	]);
	return rows;
}

export interface FeatureDetails {
	layer: string;
	id: number;
	properties: Record<string, unknown>;
	/** [west, south, east, north] in lon/lat. */
	bbox: [number, number, number, number];
}

const selectable = () => LAYERS.filter((layer) => layer.selectable).map((layer) => layer.id);

/** `GET /api/features/{layer}/{id}`: everything known about one feature (see featureStatement). */
export async function featureResponse(layerId: string, rawId: string, visibility: Visibility): Promise<Response> {
	const layer = findLayer(layerId);
	if (!layer?.selectable) {
		return jsonError(404, `'${layerId.slice(0, 40)}' is not a layer with details. Layers with details: ${selectable().join(', ')}.`, { parameter: 'layer', valid: selectable() });
	}
	if (!/^\d{1,9}$/.test(rawId)) return jsonError(400, `id must be a positive integer, got '${rawId.slice(0, 40)}'.`, { parameter: 'id' });
	const id = Number(rawId);
	const [row] = await queryFeatures(db(), layer, visibility, { id, limit: 1, offset: 0 });
	if (!row) return jsonError(404, `There is no feature ${id} in layer ${layer.id}.`, { parameter: 'id' });
	const details: FeatureDetails = { layer: layer.id, id, properties: row.properties, bbox: row.bbox };
	return Response.json(details, { headers: { 'Cache-Control': 'no-cache', Vary: 'Cookie' } });
}
