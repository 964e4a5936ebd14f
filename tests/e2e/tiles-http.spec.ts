import { VectorTile } from '@mapbox/vector-tile';
import { expect, test } from './fixtures';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';
import { LAYERS, LAYER_IDS } from '../../src/lib/layers';

const ALL = LAYER_IDS.join(',');
const MVT = 'application/vnd.mapbox-vector-tile';

test.describe('GET /tiles/{layers}/{z}/{x}/{y}.mvt', () => {
	test('serves a decodable composite tile with every layer that has features there', async ({ request }) => {
		const response = await request.get(`/tiles/${ALL}/12/2207/1377.mvt`, { headers: { 'Accept-Encoding': 'identity' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe(MVT);
		expect(response.headers()['content-encoding']).toBeUndefined();
		// A tile's length is known, so it goes out in one write, not in chunked framing.
		expect(response.headers()['transfer-encoding']).toBeUndefined();
		const body = await response.body();
		expect(Number(response.headers()['content-length'])).toBe(body.length);
		const tile = new VectorTile(new PbfReader(body));
		expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['municipalities', 'rivers', 'brownfields', 'flood_gauges', 'traffic_sensors']));
		expect(tile.layers.municipalities!.feature(0).properties.name).toBeTruthy();
	});

	test('gzips when the client accepts it', async ({ request }) => {
		const response = await request.get('/tiles/municipalities/8/137/86.mvt', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-encoding']).toBe('gzip');
		expect(response.headers().vary).toContain('Accept-Encoding');
		expect(response.headers()['transfer-encoding']).toBeUndefined();
		expect(Number(response.headers()['content-length'])).toBeGreaterThan(0);
		// The request API inflates the body; the raw bytes must still be a valid tile.
		const body = await response.body();
		const raw = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
		expect(new VectorTile(new PbfReader(raw)).layers.municipalities!.length).toBeGreaterThan(100);
	});

	test('answers 304 to a matching If-None-Match and sends ETag and Cache-Control', async ({ request }) => {
		const first = await request.get('/tiles/rivers/10/551/345.mvt');
		expect(first.status()).toBe(200);
		const etag = first.headers().etag!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		expect(first.headers()['cache-control']).toMatch(/max-age=\d+/);
		expect(first.headers()['server-timing']).toMatch(/^tile;dur=\d+\.\d{2}$/);
		const second = await request.get('/tiles/rivers/10/551/345.mvt', { headers: { 'If-None-Match': etag } });
		expect(second.status()).toBe(304);
		expect(await second.body()).toHaveLength(0);
		const stale = await request.get('/tiles/rivers/10/551/345.mvt', { headers: { 'If-None-Match': '"something-else"' } });
		expect(stale.status()).toBe(200);
	});

	test('answers 204 for a tile without features', async ({ request }) => {
		const response = await request.get('/tiles/brownfields/10/0/0.mvt');
		expect(response.status()).toBe(204);
		expect(await response.body()).toHaveLength(0);
	});

	test('answers 204 below a layer’s minimum zoom, even where it has features', async ({ request }) => {
		expect(LAYERS.find((layer) => layer.id === 'brownfields')!.minzoom).toBe(8);
		expect((await request.get('/tiles/brownfields/7/68/43.mvt')).status()).toBe(204);
		expect((await request.get('/tiles/brownfields/8/137/86.mvt')).status()).toBe(200);
	});

	for (const [path, parameter] of [
		['/tiles/rivers/23/0/0.mvt', 'z'],
		['/tiles/rivers/-1/0/0.mvt', 'z'],
		['/tiles/rivers/abc/0/0.mvt', 'z'],
		['/tiles/rivers/8/256/0.mvt', 'x'],
		['/tiles/rivers/8/1.5/0.mvt', 'x'],
		['/tiles/rivers/8/0/256.mvt', 'y'],
		['/tiles/rivers/8/0/1%3B%20SELECT%201.mvt', 'y']
	] as const) {
		test(`rejects ${path} with 400 naming ${parameter}`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(400);
			const body = await response.json();
			expect(body.error.parameter).toBe(parameter);
			expect(body.error.message).toContain(parameter);
		});
	}

	for (const layers of ['nope', "rivers'%3B%20DROP%20TABLE%20river%3B--", 'rivers,rivers', 'rivers%20OR%201%3D1']) {
		test(`answers 404 with the valid layers for '${decodeURIComponent(layers)}'`, async ({ request }) => {
			const response = await request.get(`/tiles/${layers}/8/137/86.mvt`);
			expect(response.status()).toBe(404);
			const body = await response.json();
			expect(body.error.valid).toEqual([...LAYER_IDS]);
		});
	}

	test('the river table survived the injection attempts', async ({ request }) => {
		const response = await request.get('/tiles/rivers/8/137/86.mvt');
		expect(response.status()).toBe(200);
	});
});

test.describe('TileJSON and catalog', () => {
	test('GET /tiles/{layer}.json is TileJSON 3.0.0 with absolute URLs and fields', async ({ request, baseURL }) => {
		const response = await request.get('/tiles/flood_gauges.json');
		expect(response.status()).toBe(200);
		const tilejson = await response.json();
		expect(tilejson).toMatchObject({
			tilejson: '3.0.0',
			tiles: [`${baseURL}/tiles/flood_gauges/{z}/{x}/{y}.mvt`],
			minzoom: 6,
			maxzoom: 14
		});
		expect(tilejson.bounds).toHaveLength(4);
		expect(tilejson.center).toHaveLength(3);
		expect(tilejson.attribution).toContain('ČHMÚ');
		expect(tilejson.vector_layers).toEqual([expect.objectContaining({ id: 'flood_gauges', fields: expect.objectContaining({ spa1_cm: expect.any(String) }) })]);
	});

	test('GET /tiles/{a,b}.json describes a composite', async ({ request }) => {
		const tilejson = await (await request.get('/tiles/rivers,municipalities.json')).json();
		expect(tilejson.vector_layers.map((layer: { id: string }) => layer.id)).toEqual(['municipalities', 'rivers']);
		expect(tilejson.tiles[0]).toContain('/tiles/municipalities,rivers/{z}/{x}/{y}.mvt');
	});

	test('GET /tiles lists every layer', async ({ request }) => {
		const catalog = await (await request.get('/tiles')).json();
		expect(catalog.layers.map((layer: { id: string }) => layer.id)).toEqual([...LAYER_IDS]);
	});

	test('an unknown layer’s TileJSON is a 404', async ({ request }) => {
		expect((await request.get('/tiles/nope.json')).status()).toBe(404);
	});
});
