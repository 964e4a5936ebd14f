import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { LAYERS, REGION_BOUNDS, type LayerMeta } from '../../src/lib/layers';
import { createTileCache } from '../../src/lib/server/tiles/cache';
import { TileService } from '../../src/lib/server/tiles/service';
import type { TileCoords } from '../../src/lib/tiles/coords';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
const uncached = new TileService(pool, createTileCache(0));
afterAll(async () => {
	await uncached.close();
	await pool.end();
});

const decode = (mvt: Buffer) => new VectorTile(new PbfReader(mvt));

/**
 * How to find a layer's features straight in its table, written independently of tiles/*.sql. Tables with a
 * generalised copy show that copy at the zooms that use it, so a sliver of the full outline does not count there.
 */
const lowBelowZ10 = (z: number) => (z < 10 ? 'geom_low' : 'geom');
const TABLE: Record<string, { table: string; id: string; where?: string; geometry?: (z: number) => string }> = {
	// Dense layers are thinned below z12: sql/load/*_display_zoom_*.sql stores the first zoom that draws each feature.
	regions: { table: 'region', id: 'kod_kraj', geometry: (z) => (z < 10 ? 'geom_low' : 'geom_mid') },
	districts: { table: 'district', id: 'kod_okres', geometry: lowBelowZ10 },
	municipalities: { table: 'municipality', id: 'kod_obec', geometry: lowBelowZ10 },
	rivers: { table: 'river', id: 'id', geometry: lowBelowZ10 },
	water_bodies: { table: 'water_body', id: 'id' },
	flood_gauges: { table: 'flood_gauge', id: 'id' },
	rain_gauges: { table: 'rain_gauge', id: 'id' },
	traffic_sensors: { table: 'traffic_sensor', id: 'id', where: 'display_zoom <= $1' },
	corridors_5g: { table: 'corridor_5g', id: 'id', where: 'display_zoom <= $1' },
	base_stations_5g: { table: 'base_station_5g', id: 'id', where: 'display_zoom <= $1' },
	brownfields: { table: 'brownfield', id: 'id', where: 'public AND display_zoom <= $1' },
	place_labels: { table: 'municipality', id: 'kod_obec', geometry: () => 'definition_point' }
};

/** Ids of the features whose geometry intersects the tile. */
async function idsInTile(layer: LayerMeta, { z, x, y }: TileCoords): Promise<number[]> {
	if (z < layer.minzoom) return [];
	const { table, id, where, geometry = () => 'geom' } = TABLE[layer.id]!;
	const { rows } = await pool.query<{ id: number }>(
		`SELECT ${id} AS id FROM ${table}
		 WHERE ST_Intersects(${geometry(z)}, ST_TileEnvelope($1, $2, $3)) ${where ? `AND ${where}` : ''}
		 ORDER BY 1`,
		[z, x, y]
	);
	return rows.map((row) => Number(row.id));
}

const USTI_TILES: TileCoords[] = [
	{ z: 8, x: 137, y: 86 },
	{ z: 12, x: 2207, y: 1377 }
];

describe.each(USTI_TILES)('tile $z/$x/$y over Ústí nad Labem', (coords) => {
	it.each(LAYERS.map((layer) => [layer.id, layer] as const))('%s: the features SQL finds, with the declared fields', async (_, layer) => {
		const tile = await uncached.tile([layer], coords, 'public');
		const expected = await idsInTile(layer, coords);
		if (coords.z === 8 && layer.minzoom <= 8) expect(expected.length, 'the z8 tile should hold features of every layer shown there').toBeGreaterThan(0);
		const decoded = decode(tile.mvt);
		expect(Object.keys(decoded.layers)).toEqual(expected.length > 0 ? [layer.id] : []);
		if (expected.length === 0) return;
		const mvtLayer = decoded.layers[layer.id]!;
		expect(mvtLayer.version).toBe(2);
		expect(mvtLayer.extent).toBe(4096);
		const features = Array.from({ length: mvtLayer.length }, (_, index) => mvtLayer.feature(index));
		expect(features.map((feature) => Number(feature.id)).sort((a, b) => a - b)).toEqual(expected);

		const declared = Object.keys(layer.fields).sort();
		const seen = new Set<string>();
		for (const feature of features) {
			for (const [name, value] of Object.entries(feature.properties)) {
				seen.add(name);
				expect(declared, `${layer.id}.${name} is not declared`).toContain(name);
				expect(typeof value, `${layer.id}.${name}`).toBe(layer.fields[name]!.type);
			}
			expect(feature.type).toBe({ Point: 1, LineString: 2, Polygon: 3 }[layer.geometryType]);
		}
		expect([...seen].sort()).toEqual(declared);
	});
});

describe('region bounds', () => {
	// MapLibre requests no tile outside a source's bounds, so a feature outside REGION_BOUNDS would be cut off at
	// the edge of the map from the zoom where its tiles lie wholly outside.
	it.each(LAYERS.map((layer) => [layer.id] as const))('hold every feature of %s, generalised or not', async (layerId) => {
		const { table, geometry = () => 'geom' } = TABLE[layerId]!;
		const [west, south, east, north] = REGION_BOUNDS;
		for (const column of new Set([geometry(0), geometry(22)])) {
			const { rows } = await pool.query<{ west: number; south: number; east: number; north: number }>(
				`WITH extent AS (SELECT ST_Extent(ST_Transform(${column}, 4326)) AS box FROM ${table})
				 SELECT ST_XMin(box) AS west, ST_YMin(box) AS south, ST_XMax(box) AS east, ST_YMax(box) AS north FROM extent`
			);
			const extent = rows[0]!;
			expect(extent.west, `${table}.${column}`).toBeGreaterThanOrEqual(west);
			expect(extent.south, `${table}.${column}`).toBeGreaterThanOrEqual(south);
			expect(extent.east, `${table}.${column}`).toBeLessThanOrEqual(east);
			expect(extent.north, `${table}.${column}`).toBeLessThanOrEqual(north);
		}
	});
});

describe('composite tiles', () => {
	it('hold the same layers and features as the single-layer tiles, from one SQL statement', async () => {
		const coords = { z: 12, x: 2207, y: 1377 };
		const queries: unknown[] = [];
		const counting = new Proxy(pool, {
			get: (target, property) => (property === 'query' ? (...args: unknown[]) => (queries.push(args[0]), (target.query as (...a: unknown[]) => unknown)(...args)) : Reflect.get(target, property))
		});
		const service = new TileService(counting, createTileCache(0));
		const composite = decode((await service.tile(LAYERS, coords, 'public')).mvt);
		await service.close();
		expect(queries.filter((query) => typeof query === 'object' && query && 'text' in query)).toHaveLength(1);
		expect(Object.keys(composite.layers).length).toBeGreaterThan(5);
		for (const layer of LAYERS) {
			const single = decode((await uncached.tile([layer], coords, 'public')).mvt);
			expect(composite.layers[layer.id]?.length, layer.id).toBe(single.layers[layer.id]?.length);
		}
	});

	it('leave out layers below their minimum zoom', async () => {
		const composite = decode((await uncached.tile(LAYERS, { z: 6, x: 34, y: 21 }, 'public')).mvt);
		for (const layer of LAYERS) expect(layer.id in composite.layers, layer.id).toBe(layer.minzoom <= 6);
	});
});

describe('visibility', () => {
	it('keeps brownfields without publication consent out of public tiles only', async () => {
		const brownfields = LAYERS.find((layer) => layer.id === 'brownfields')!;
		const coords = { z: 8, x: 137, y: 86 };
		const publicIds = new Set(readIds(decode((await uncached.tile([brownfields], coords, 'public')).mvt), 'brownfields'));
		const restrictedIds = readIds(decode((await uncached.tile([brownfields], coords, 'restricted')).mvt), 'brownfields');
		const { rows } = await pool.query<{ id: number }>('SELECT id FROM brownfield WHERE NOT public');
		const hidden = new Set(rows.map((row) => row.id));
		expect(restrictedIds.length).toBeGreaterThan(publicIds.size);
		for (const id of publicIds) expect(hidden.has(id)).toBe(false);
		expect(restrictedIds.some((id) => hidden.has(id))).toBe(true);
	});
});

describe('tile cache', () => {
	it('serves a cached tile until the layer’s table changes, then renders it anew', async () => {
		const service = new TileService(pool, createTileCache(16 * 1024 * 1024));
		const brownfields = LAYERS.filter((layer) => layer.id === 'brownfields');
		const coords = { z: 12, x: 2207, y: 1377 };
		const first = await service.tile(brownfields, coords, 'public');
		await new Promise((resolve) => setTimeout(resolve, 300)); // the LISTEN connection is up
		const target = readIds(decode(first.mvt), 'brownfields')[0]!;
		const client = await pool.connect();
		try {
			await client.query('BEGIN');
			await client.query("UPDATE brownfield SET name = name || ' (upraveno)' WHERE id = $1", [target]);
			const beforeCommit = await service.tile(brownfields, coords, 'public');
			expect(beforeCommit.etag).toBe(first.etag);
			await client.query('COMMIT');
			await expect.poll(async () => (await service.tile(brownfields, coords, 'public')).etag, { timeout: 5_000 }).not.toBe(first.etag);
		} finally {
			await client.query("UPDATE brownfield SET name = replace(name, ' (upraveno)', '') WHERE id = $1", [target]);
			client.release();
			await service.close();
		}
	});
});

function readIds(tile: VectorTile, layer: string): number[] {
	const mvtLayer = tile.layers[layer];
	if (!mvtLayer) return [];
	return Array.from({ length: mvtLayer.length }, (_, index) => Number(mvtLayer.feature(index).id));
}
