import { findLayer, LAYERS, REGION_BOUNDS, type LayerMeta } from '$lib/layers';
import { attributionHtml } from '$lib/layers/sources';
import { db } from '../db/pool';
import { queryFeatures, type FeatureRow } from '../features';
import { jsonError } from '../http';
import type { Visibility } from '../visibility';
import { compileCql2, Cql2Error, type CompiledFilter } from './cql2';
import { DatetimeError, parseDatetime, type TimeInterval } from './datetime';

/**
 * OGC API – Features, Part 1 (Core, GeoJSON) over the layer metadata: every selectable layer is a collection whose
 * items come from the same statement as the details API (queryFeatures), so access rules and properties agree.
 */
const CONFORMANCE = [
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
	'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
	'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
	'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
	'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
	'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
	'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
	'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions'
];
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GEOJSON = 'application/geo+json';
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 10_000;
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';
const ITEM_PARAMETERS = new Set(['bbox', 'datetime', 'limit', 'offset', 'properties', 'f', 'filter', 'filter-lang', 'filter-crs']);

const collectionLayers = () => LAYERS.filter((layer) => layer.selectable);

const json = (body: unknown, type = 'application/json', extra: Record<string, string> = {}) =>
	new Response(JSON.stringify(body), { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Cookie', ...extra } });

export function landingResponse(origin: string): Response {
	return json({
		title: 'Region Atlas – OGC API Features',
		description: 'Municipalities, water, flood and rain gauges, traffic counters, 5G and brownfields of the Ústí and Liberec regions.',
		links: [
			{ href: `${origin}/ogc`, rel: 'self', type: 'application/json', title: 'This document' },
			{ href: `${origin}/ogc/conformance`, rel: 'conformance', type: 'application/json', title: 'Conformance classes' },
			{ href: `${origin}/ogc/collections`, rel: 'data', type: 'application/json', title: 'Collections' }
		]
	});
}

export const conformanceResponse = () => json({ conformsTo: CONFORMANCE });

function collection(layer: LayerMeta, origin: string) {
	const base = `${origin}/ogc/collections/${layer.id}`;
	return {
		id: layer.id,
		title: layer.title.en,
		description: `${layer.title.cs} / ${layer.title.de}. ${attributionHtml(layer.attribution).replace(/<[^>]+>/g, '')}`,
		itemType: 'feature',
		crs: [CRS84],
		extent: {
			spatial: { bbox: [REGION_BOUNDS], crs: CRS84 },
			// Readings keep arriving, so the interval stays open at both ends.
			...(layer.temporalProperty ? { temporal: { interval: [[null, null]], trs: GREGORIAN } } : {})
		},
		links: [
			{ href: base, rel: 'self', type: 'application/json' },
			{ href: `${base}/items`, rel: 'items', type: GEOJSON, title: layer.title.en },
			{ href: `${base}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: 'application/schema+json' }
		]
	};
}

export function collectionsResponse(origin: string): Response {
	return json({ links: [{ href: `${origin}/ogc/collections`, rel: 'self', type: 'application/json' }], collections: collectionLayers().map((layer) => collection(layer, origin)) });
}

function layerOr404(id: string): LayerMeta | Response {
	const layer = findLayer(id);
	if (layer?.selectable) return layer;
	return jsonError(404, `There is no collection '${id.slice(0, 40)}'. Collections: ${collectionLayers().map((item) => item.id).join(', ')}.`, { parameter: 'collectionId' });
}

export function collectionResponse(id: string, origin: string): Response {
	const layer = layerOr404(id);
	return layer instanceof Response ? layer : json(collection(layer, origin));
}

const queryableCache = new Map<string, Promise<Record<string, string>>>();

/** A collection's queryables are the properties its features carry, typed from a first feature (read once). */
function queryables(layer: LayerMeta): Promise<Record<string, string>> {
	let known = queryableCache.get(layer.id);
	if (!known) {
		known = queryFeatures(db(), layer, 'restricted', { limit: 1, offset: 0 }).then(([row]) =>
			Object.fromEntries(Object.entries(row?.properties ?? {}).map(([name, value]) => [name, typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string']))
		);
		known.catch(() => queryableCache.delete(layer.id));
		queryableCache.set(layer.id, known);
	}
	return known;
}

/** The properties one can filter on and name in `properties=`, as JSON Schema. */
export async function queryablesResponse(id: string, origin: string): Promise<Response> {
	const layer = layerOr404(id);
	if (layer instanceof Response) return layer;
	const types = await queryables(layer);
	return json(
		{
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: `${origin}/ogc/collections/${layer.id}/queryables`,
			type: 'object',
			title: layer.title.en,
			properties: {
				geometry: { $ref: 'https://geojson.org/schema/Geometry.json' },
				...Object.fromEntries(Object.entries(types).map(([name, type]) => [name, { title: layer.fields[name]?.description ?? name, type }]))
			}
		},
		'application/schema+json'
	);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

const temporalLayers = () => collectionLayers().filter((layer) => layer.temporalProperty).map((layer) => layer.id);

function parseItemQuery(layer: LayerMeta, url: URL): Parsed<{ bbox: number[] | null; time: TimeInterval | undefined; limit: number; offset: number; properties: string[] | null }> {
	const bad = (parameter: string, message: string): Parsed<never> => ({ ok: false, response: jsonError(400, message, { parameter }) });
	for (const name of url.searchParams.keys()) if (!ITEM_PARAMETERS.has(name)) return bad(name, `Unknown parameter '${name.slice(0, 40)}'. Supported: ${[...ITEM_PARAMETERS].join(', ')}.`);
	const f = url.searchParams.get('f');
	if (f !== null && f !== 'json' && f !== 'geojson') return bad('f', 'f must be json or geojson.');
	const limitText = url.searchParams.get('limit') ?? String(DEFAULT_LIMIT);
	if (!/^\d{1,6}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_LIMIT) return bad('limit', `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
	const offsetText = url.searchParams.get('offset') ?? '0';
	if (!/^\d{1,9}$/.test(offsetText)) return bad('offset', 'offset must be a whole number from 0.');
	let bbox: number[] | null = null;
	const bboxText = url.searchParams.get('bbox');
	if (bboxText !== null) {
		bbox = bboxText.split(',').map(Number);
		const [west, south, east, north] = bbox;
		if (bbox.length !== 4 || bbox.some((value) => !Number.isFinite(value)) || west! > east! || south! > north! || south! < -90 || north! > 90) {
			return bad('bbox', 'bbox must be west,south,east,north in degrees (CRS84), e.g. 13.9,50.6,14.1,50.7.');
		}
	}
	let time: TimeInterval | undefined;
	const datetime = url.searchParams.get('datetime');
	if (datetime !== null) {
		if (!layer.temporalProperty) return bad('datetime', `${layer.id} has no time to select by; datetime applies to ${temporalLayers().join(', ')}.`);
		try {
			time = parseDatetime(datetime);
		} catch (error) {
			if (error instanceof DatetimeError) return bad('datetime', `datetime: ${error.message}`);
			throw error;
		}
	}
	const properties = url.searchParams.get('properties')?.split(',').map((name) => name.trim()).filter(Boolean) ?? null;
	return { ok: true, value: { bbox, time, limit: Number(limitText), offset: Number(offsetText), properties } };
}

/** `filter` with `filter-lang=cql2-text` (the default) in CRS84, compiled against the collection's queryables. */
async function parseFilter(layer: LayerMeta, url: URL): Promise<Parsed<CompiledFilter | undefined>> {
	const text = url.searchParams.get('filter');
	const language = url.searchParams.get('filter-lang') ?? 'cql2-text';
	const crs = url.searchParams.get('filter-crs') ?? CRS84;
	if (language !== 'cql2-text') return { ok: false, response: jsonError(400, 'filter-lang must be cql2-text.', { parameter: 'filter-lang' }) };
	if (crs !== CRS84) return { ok: false, response: jsonError(400, `filter-crs must be ${CRS84}.`, { parameter: 'filter-crs' }) };
	if (text === null) return { ok: true, value: undefined };
	try {
		return { ok: true, value: compileCql2(text, new Set(Object.keys(await queryables(layer)))) };
	} catch (error) {
		if (error instanceof Cql2Error) return { ok: false, response: jsonError(400, `filter: ${error.message}`, { parameter: 'filter' }) };
		throw error;
	}
}

const toFeature = (row: FeatureRow, keep: string[] | null) => ({
	type: 'Feature',
	id: row.id,
	geometry: row.geometry,
	properties: keep ? Object.fromEntries(Object.entries(row.properties).filter(([name]) => keep.includes(name))) : row.properties
});

/** `GET /ogc/collections/{id}/items?bbox&datetime&limit&offset&properties&filter`, with next and prev links. */
export async function itemsResponse(id: string, url: URL, origin: string, visibility: Visibility): Promise<Response> {
	const layer = layerOr404(id);
	if (layer instanceof Response) return layer;
	const query = parseItemQuery(layer, url);
	if (!query.ok) return query.response;
	const { bbox, time, limit, offset, properties } = query.value;
	const filter = await parseFilter(layer, url);
	if (!filter.ok) return filter.response;
	const rows = await queryFeatures(db(), layer, visibility, { bbox, time, limit, offset, filter: filter.value });
	const matched = rows[0] ? Number(rows[0].matched) : undefined;
	const page = (at: number) => {
		const params = new URLSearchParams(url.searchParams);
		params.set('offset', String(at));
		params.set('limit', String(limit));
		return `${origin}/ogc/collections/${layer.id}/items?${params}`;
	};
	const links = [
		{ href: page(offset), rel: 'self', type: GEOJSON },
		{ href: `${origin}/ogc/collections/${layer.id}`, rel: 'collection', type: 'application/json' },
		...(matched !== undefined && offset + rows.length < matched ? [{ href: page(offset + limit), rel: 'next', type: GEOJSON }] : []),
		...(offset > 0 ? [{ href: page(Math.max(0, offset - limit)), rel: 'prev', type: GEOJSON }] : [])
	];
	return json(
		{
			type: 'FeatureCollection',
			timeStamp: new Date().toISOString(),
			...(matched !== undefined ? { numberMatched: matched } : {}),
			numberReturned: rows.length,
			features: rows.map((row) => toFeature(row, properties)),
			links
		},
		GEOJSON
	);
}

/** `GET /ogc/collections/{id}/items/{featureId}`. */
export async function itemResponse(id: string, featureId: string, origin: string, visibility: Visibility): Promise<Response> {
	const layer = layerOr404(id);
	if (layer instanceof Response) return layer;
	if (!/^\d{1,9}$/.test(featureId)) return jsonError(400, 'The feature id must be a whole number.', { parameter: 'featureId' });
	const [row] = await queryFeatures(db(), layer, visibility, { id: Number(featureId), limit: 1, offset: 0 });
	if (!row) return jsonError(404, `There is no feature ${featureId} in ${layer.id}.`, { parameter: 'featureId' });
	return json(
		{
			...toFeature(row, null),
			links: [
				{ href: `${origin}/ogc/collections/${layer.id}/items/${row.id}`, rel: 'self', type: GEOJSON },
				{ href: `${origin}/ogc/collections/${layer.id}`, rel: 'collection', type: 'application/json' }
			]
		},
		GEOJSON
	);
}
