import type { APIResponse } from '@playwright/test';
import { LAYERS } from '../../src/lib/layers';
import { expect, test } from './fixtures';
import { deviceKeyAndDatastreams, withTestDatabase } from './telemetry-helpers';

const GEOJSON = 'application/geo+json';

test('the landing page, conformance and collections describe every selectable layer', async ({ request, baseURL }) => {
	const landing = await (await request.get('/ogc')).json();
	expect(landing.links.map((link: { rel: string }) => link.rel)).toEqual(['self', 'conformance', 'data']);
	const conformance = await (await request.get('/ogc/conformance')).json();
	expect(conformance.conformsTo).toEqual(
		expect.arrayContaining(['http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core', 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson', 'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text'])
	);
	const { collections } = await (await request.get('/ogc/collections')).json();
	expect(collections.map((collection: { id: string }) => collection.id).sort()).toEqual(LAYERS.filter((layer) => layer.selectable).map((layer) => layer.id).sort());
	const brownfields = collections.find((collection: { id: string }) => collection.id === 'brownfields');
	expect(brownfields.links).toContainEqual({ href: `${baseURL}/ogc/collections/brownfields/items`, rel: 'items', type: GEOJSON, title: 'Brownfields' });
	expect((await request.get('/ogc/collections/nope')).status()).toBe(404);
});

test('items page through every public brownfield with next links, as many as the database holds', async ({ request }) => {
	const expected = await withTestDatabase(async (client) => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM brownfield WHERE public')).rows[0]!.n);
	const ids = new Set<number>();
	let next: string | undefined = '/ogc/collections/brownfields/items?limit=100';
	while (next) {
		const response: APIResponse = await request.get(next);
		expect(response.headers()['content-type']).toBe(GEOJSON);
		const page: { numberMatched: number; features: { id: number; properties: { public: boolean } }[]; links: { rel: string; href: string }[] } = await response.json();
		expect(page.numberMatched).toBe(expected);
		for (const feature of page.features) {
			expect(feature.properties.public).toBe(true);
			ids.add(feature.id);
		}
		next = page.links.find((link) => link.rel === 'next')?.href;
	}
	expect(ids.size).toBe(expected);
});

test('bbox selects what PostGIS says intersects it; properties narrows the properties', async ({ request }) => {
	const bbox = [13.95, 50.6, 14.1, 50.7];
	const expected = await withTestDatabase(async (client) =>
		(await client.query<{ n: number }>('SELECT count(*)::int AS n FROM municipality WHERE ST_Intersects(geom, ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 4326), 3857))', bbox)).rows[0]!.n
	);
	const page = await (await request.get(`/ogc/collections/municipalities/items?bbox=${bbox.join(',')}&limit=1000&properties=name,population`)).json();
	expect(page.numberReturned).toBe(expected);
	expect(page.features.map((feature: { properties: object }) => Object.keys(feature.properties).sort())).toContainEqual(['name', 'population']);
	expect(page.features.find((feature: { id: number }) => feature.id === 554804).properties.name).toBe('Ústí nad Labem');
});

test('geometry is RFC 7946: lon/lat, at most 7 decimals, exterior rings counter-clockwise, no crs member', async ({ request }) => {
	const feature = await (await request.get('/ogc/collections/municipalities/items/554804')).json();
	expect(feature).not.toHaveProperty('crs');
	const ring: [number, number][] = feature.geometry.coordinates[0][0];
	for (const [lon, lat] of ring) {
		expect(lon).toBeGreaterThan(13.8);
		expect(lat).toBeGreaterThan(50.5);
		expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
	}
	const signedArea = ring.slice(0, -1).reduce((sum, [x1, y1], index) => sum + (x1 * ring[index + 1]![1] - ring[index + 1]![0] * y1), 0);
	expect(signedArea).toBeGreaterThan(0);
});

test('flood gauges carry their current flood-watch state', async ({ request }) => {
	const feature = await (await request.get('/ogc/collections/flood_gauges/items/221000')).json();
	expect(feature.properties).toMatchObject({ station: 'Ústí nad Labem', spa1_cm: 450 });
	expect(['none', 'normal', 'spa1', 'spa2', 'spa3', 'extreme']).toContain(feature.properties.level);
	expect(['ok', 'stale', 'fault']).toContain(feature.properties.quality);
});

test('datetime selects the flood gauges whose latest reading falls in the interval, as SQL says', async ({ request }) => {
	// Jizerka: no other test writes to it. Its reading now is its latest, so the interval from a second ago holds it.
	const gauge = 82700;
	const { key, datastreams } = await deviceKeyAndDatastreams(
		'e2e ogc datetime',
		"SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'flood_gauges' AND s.feature_id = $1 AND d.observed_property = 'stage'",
		[gauge]
	);
	const observed = new Date(Math.floor(Date.now() / 1000) * 1000);
	const posted = await request.post('/api/observations', {
		data: [{ datastream: datastreams[0], phenomenonTime: observed.toISOString(), result: 30 }],
		headers: { Authorization: `Bearer ${key}` }
	});
	expect(posted.ok()).toBe(true);
	const since = new Date(observed.getTime() - 1000).toISOString();
	const latestPerGauge = `SELECT s.feature_id AS id, max(l.phenomenon_time) AS at FROM sensor AS s
		JOIN datastream AS d ON d.sensor_id = s.id JOIN datastream_latest AS l ON l.datastream_id = d.id
		WHERE s.layer = 'flood_gauges' GROUP BY s.feature_id`;
	const expected = await withTestDatabase(async (client) => ({
		after: (await client.query<{ id: number }>(`SELECT id FROM (${latestPerGauge}) AS g WHERE at >= $1 ORDER BY id`, [since])).rows.map((row) => row.id),
		before: (await client.query<{ id: number }>(`SELECT id FROM (${latestPerGauge}) AS g WHERE at <= $1 ORDER BY id`, [since])).rows.map((row) => row.id)
	}));
	const ids = async (datetime: string) => {
		const response = await request.get(`/ogc/collections/flood_gauges/items?limit=1000&datetime=${encodeURIComponent(datetime)}`);
		expect(response.status()).toBe(200);
		return ((await response.json()).features as { id: number }[]).map((feature) => feature.id);
	};
	expect(expected.after).toContain(gauge);
	expect(await ids(`${since}/..`)).toEqual(expected.after);
	expect(await ids(`../${since}`)).toEqual(expected.before);
	expect(await ids(observed.toISOString())).toContain(gauge);
	expect(await ids(`${new Date(observed.getTime() + 1000).toISOString()}/..`)).not.toContain(gauge);

	const collection = await (await request.get('/ogc/collections/flood_gauges')).json();
	expect(collection.extent.temporal).toEqual({ interval: [[null, null]], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' });
	const bad = await request.get('/ogc/collections/flood_gauges/items?datetime=2026-12-01');
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error).toMatchObject({ parameter: 'datetime', message: expect.stringContaining('RFC 3339') });
});

for (const [query, parameter] of [
	['limit=0', 'limit'],
	['limit=10001', 'limit'],
	['offset=-1', 'offset'],
	['bbox=1,2,3', 'bbox'],
	['bbox=15,50,14,51', 'bbox'],
	["bbox=1,2,3,4'--", 'bbox'],
	['f=xml', 'f'],
	['datetime=2026-01-01T00:00:00Z', 'datetime'],
	['nonsense=1', 'nonsense']
] as const) {
	test(`items?${query} is a 400 naming ${parameter}`, async ({ request }) => {
		const response = await request.get(`/ogc/collections/brownfields/items?${query}`);
		expect(response.status()).toBe(400);
		expect((await response.json()).error.parameter).toBe(parameter);
	});
}

const CQL2_CASES: [filter: string, reference: string][] = [
	["previous_use = 'industrial'", "previous_use = 'industrial'"],
	["area_ha > 3 AND ownership = 'municipal'", "area_ha > 3 AND ownership = 'municipal'"],
	["previous_use IN ('military', 'transport') OR ecological_burden = 'confirmed'", "previous_use IN ('military', 'transport') OR ecological_burden = 'confirmed'"],
	["NOT state = 'regenerated'", "NOT state = 'regenerated'"],
	['area_ha BETWEEN 1 AND 2.5', 'area_ha BETWEEN 1 AND 2.5'],
	["name LIKE 'Bývalý%'", "name LIKE 'Bývalý%'"],
	["name LIKE '%Most'", "name LIKE '%Most'"],
	["previous_use NOT IN ('industrial') AND built_up_ha < 0.5", "previous_use NOT IN ('industrial') AND built_up_ha < 0.5"],
	['S_INTERSECTS(geometry, BBOX(13.9, 50.55, 14.2, 50.75)) AND area_ha > 2', "ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(13.9, 50.55, 14.2, 50.75, 4326), 3857)) AND area_ha > 2"],
	['S_INTERSECTS(geometry, POLYGON((13.4 50.4, 13.8 50.4, 13.8 50.6, 13.4 50.6, 13.4 50.4)))', "ST_Intersects(geom, ST_Transform(ST_GeomFromText('POLYGON((13.4 50.4, 13.8 50.4, 13.8 50.6, 13.4 50.6, 13.4 50.4))', 4326), 3857))"],
	['NOT S_INTERSECTS(geometry, BBOX(13.9, 50.55, 14.2, 50.75))', 'NOT ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(13.9, 50.55, 14.2, 50.75, 4326), 3857))'],
	...['LINESTRING(13.3 50.45, 14.05 50.66, 14.2 50.78)', 'MULTIPOLYGON(((13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.55)), ((14.95 50.7, 15.15 50.7, 15.15 50.8, 14.95 50.7)))', 'GEOMETRYCOLLECTION(POINT(14.0 50.66), POLYGON((13.4 50.4, 13.8 50.4, 13.8 50.6, 13.4 50.4)))'].map(
		(wkt) => [`S_INTERSECTS(geometry, ${wkt})`, `ST_Intersects(geom, ST_Transform(ST_GeomFromText('${wkt}', 4326), 3857))`] as [string, string]
	),
	[
		'S_INTERSECTS(geometry, BBOX(13.9, 50.55, 14.2, 50.75)) OR (S_INTERSECTS(geometry, BBOX(14.95, 50.7, 15.15, 50.8)) AND area_ha > 2)',
		'ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(13.9, 50.55, 14.2, 50.75, 4326), 3857)) OR (ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(14.95, 50.7, 15.15, 50.8, 4326), 3857)) AND area_ha > 2)'
	]
];

test('CQL2 filters select exactly what the equivalent SQL selects', async ({ request }) => {
	for (const [filter, reference] of CQL2_CASES) {
		const expected = await withTestDatabase(async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM brownfield WHERE public AND (${reference})`)).rows[0]!.n);
		const response = await request.get(`/ogc/collections/brownfields/items?limit=1000&filter-lang=cql2-text&filter=${encodeURIComponent(filter)}`);
		expect(response.status(), filter).toBe(200);
		const page = await response.json();
		expect(page.numberReturned, filter).toBe(expected);
	}
});

for (const [filter, message] of [
	["colour = 'red'", "Unknown property 'colour'"],
	['area_ha >', 'ends where a value'],
	["area_ha > 1; DELETE FROM brownfield", "Unexpected character ';'"],
	["name = 'x' OR 1=1 --", "Unexpected character '-'"],
	["previous_use = 'industrial') OR (1 = 1", "Unexpected ')'"]
] as const) {
	test(`filter=${filter} is a 400 that names the problem`, async ({ request }) => {
		const response = await request.get(`/ogc/collections/brownfields/items?filter=${encodeURIComponent(filter)}`);
		expect(response.status()).toBe(400);
		const body = await response.json();
		expect(body.error.parameter).toBe('filter');
		expect(body.error.message).toContain(message);
	});
}

test('the planner API, its export and OGC items agree on the same filter', async ({ request }) => {
	const api = await (await request.get('/api/brownfields?previousUse=industrial,military&areaMin=2&pageSize=0')).json();
	const ogc = await (await request.get(`/ogc/collections/brownfields/items?limit=1000&filter=${encodeURIComponent("previous_use IN ('industrial', 'military') AND area_ha >= 2")}`)).json();
	const exported = await (await request.get('/api/brownfields/export.geojson?previousUse=industrial,military&areaMin=2')).json();
	expect(api.total).toBeGreaterThan(0);
	expect(ogc.numberReturned).toBe(api.total);
	expect(exported.features).toHaveLength(api.total);
	expect(exported.features.map((feature: { id: number }) => feature.id).sort()).toEqual(ogc.features.map((feature: { id: number }) => feature.id).sort());
});

test('GDAL’s OGC API Features driver lists the collections and reads every public brownfield', async ({ baseURL }) => {
	const { execFile } = await import('node:child_process');
	const ogrinfo = (...args: string[]) =>
		new Promise<string>((resolve, reject) => execFile('ogrinfo', ['-ro', ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
	const expected = await withTestDatabase(async (client) => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM brownfield WHERE public')).rows[0]!.n);

	const listing = await ogrinfo('-so', `OAPIF:${baseURL}/ogc`);
	for (const layer of LAYERS.filter((item) => item.selectable)) expect(listing).toContain(`: ${layer.id} (title: ${layer.title.en})`);
	expect(await ogrinfo('-so', `OAPIF:${baseURL}/ogc`, 'brownfields')).toContain(`Feature Count: ${expected}`);
	const features = (await ogrinfo('-al', '-q', `OAPIF:${baseURL}/ogc`, 'brownfields')).match(/^OGRFeature/gm) ?? [];
	expect(features).toHaveLength(expected);
});
