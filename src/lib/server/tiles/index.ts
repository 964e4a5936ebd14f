import { LAYERS, REGION_BOUNDS, type LayerMeta } from '$lib/layers';
import { attributionHtml } from '$lib/layers/sources';
import { parseTileCoords } from '$lib/tiles/coords';
import { db } from '../db/pool';
import { env } from '../env';
import { jsonError } from '../http';
import { createTileCache } from './cache';
import { selectLayers } from './layers';
import type { Visibility } from '../visibility';
import { TileService } from './service';

let service: TileService | undefined;

export function tileService(): TileService {
	service ??= new TileService(db(), createTileCache(env().ATLAS_TILE_CACHE_MB * 1024 * 1024));
	return service;
}

const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

/** `GET /tiles/{layers}/{z}/{x}/{y}.mvt`, with gzip, ETag/304 and 204 for empty tiles. */
export async function tileResponse(params: { layers: string; z: string; x: string; y: string }, headers: Headers, visibility: Visibility): Promise<Response> {
	const selection = selectLayers(params.layers);
	if (!selection.ok) return jsonError(404, selection.message, { parameter: 'layers', valid: selection.valid });
	const coords = parseTileCoords(params);
	if (!coords.ok) return jsonError(400, coords.message, { parameter: coords.parameter });

	const started = performance.now();
	const tile = await tileService().tile(selection.layers, coords.value, visibility);
	// Rendering (or the cache) apart from the rest of the request, for the browser's network panel and for tuning.
	const serverTiming = `tile;dur=${(performance.now() - started).toFixed(2)}`;
	const cacheControl = visibility === 'public' ? `public, max-age=${env().ATLAS_TILE_MAX_AGE}` : `private, max-age=${env().ATLAS_TILE_MAX_AGE}`;
	// The same URL answers a planner with more than the public, so caches must key on the session cookie too.
	const common = { 'Cache-Control': cacheControl, ETag: tile.etag, Vary: 'Accept-Encoding, Cookie', 'Server-Timing': serverTiming };
	if (matchesEtag(headers.get('if-none-match'), tile.etag)) return new Response(null, { status: 304, headers: common });
	if (tile.mvt.length === 0) return new Response(null, { status: 204, headers: common });
	if (/\bgzip\b/.test(headers.get('accept-encoding') ?? '')) {
		const body = await tile.gzipped();
		return new Response(bytes(body), { headers: { ...common, 'Content-Type': MVT_TYPE, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) } });
	}
	return new Response(bytes(tile.mvt), { headers: { ...common, 'Content-Type': MVT_TYPE, 'Content-Length': String(tile.mvt.length) } });
}

/** node-postgres and zlib hand out Buffers over plain ArrayBuffers, which is what a Response body needs. */
const bytes = (buffer: Buffer) => buffer as Uint8Array<ArrayBuffer>;

function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header.split(',').some((candidate) => {
		const tag = candidate.trim().replace(/^W\//, '');
		return tag === '*' || tag === etag;
	});
}

/** `GET /tiles/{layers}.json`: TileJSON 3.0.0 for one layer or a composite. */
export function tileJsonResponse(layersParam: string, origin: string): Response {
	const selection = selectLayers(layersParam);
	if (!selection.ok) return jsonError(404, selection.message, { parameter: 'layers', valid: selection.valid });
	return Response.json(tileJson(selection.layers, selection.key, origin), { headers: { 'Cache-Control': 'public, max-age=60' } });
}

export function tileJson(layers: readonly LayerMeta[], key: string, origin: string) {
	const [west, south, east, north] = REGION_BOUNDS;
	return {
		tilejson: '3.0.0',
		name: layers.length === 1 ? layers[0]!.title.en : `Region Atlas: ${key}`,
		description: layers.map((layer) => layer.title.cs).join(', '),
		version: '1.0.0',
		attribution: attributionHtml(layers.flatMap((layer) => layer.attribution)),
		scheme: 'xyz',
		tiles: [`${origin}/tiles/${key}/{z}/{x}/{y}.mvt`],
		minzoom: Math.min(...layers.map((layer) => layer.minzoom)),
		maxzoom: Math.max(...layers.map((layer) => layer.maxzoom)),
		bounds: [west, south, east, north],
		center: [(west + east) / 2, (south + north) / 2, 8],
		vector_layers: layers.map((layer) => ({
			id: layer.id,
			description: layer.title.en,
			minzoom: layer.minzoom,
			maxzoom: layer.maxzoom,
			fields: Object.fromEntries(Object.entries(layer.fields).map(([name, field]) => [name, `${field.type}: ${field.description}`]))
		}))
	};
}

/** `GET /tiles`: every layer with its metadata and URLs. */
export function catalogResponse(origin: string): Response {
	const all = LAYERS.map((layer) => layer.id).join(',');
	return Response.json({
		layers: LAYERS.map((layer) => ({
			id: layer.id,
			title: layer.title,
			theme: layer.theme,
			geometryType: layer.geometryType,
			minzoom: layer.minzoom,
			maxzoom: layer.maxzoom,
			featureId: layer.featureId,
			fields: layer.fields,
			tilejson: `${origin}/tiles/${layer.id}.json`,
			tiles: `${origin}/tiles/${layer.id}/{z}/{x}/{y}.mvt`
		})),
		composite: { tilejson: `${origin}/tiles/${all}.json`, tiles: `${origin}/tiles/${all}/{z}/{x}/{y}.mvt` }
	});
}
