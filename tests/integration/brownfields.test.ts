import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseBrownfieldQuery } from '../../src/lib/brownfields/filter';
import type { SiteMiniMap } from '../../src/lib/brownfields/mini-map';
import { exportResponse, searchBrownfields } from '../../src/lib/server/brownfields';
import { closeDb } from '../../src/lib/server/db/pool';
import { sqlFile } from '../../src/lib/server/db/sql-file';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
afterAll(async () => {
	await pool.end();
	await closeDb();
});

const query = (params: string) => {
	const parsed = parseBrownfieldQuery(new URLSearchParams(params));
	if (!parsed.success) throw new Error(parsed.message);
	return parsed.data;
};
const count = async (sql: string, values: unknown[] = []) => Number((await pool.query(sql, values)).rows[0].n);

describe('brownfield filters', () => {
	const cases: [string, string, unknown[]][] = [
		['', 'SELECT count(*) AS n FROM brownfield WHERE public', []],
		['areaMin=2&areaMax=10', 'SELECT count(*) AS n FROM brownfield WHERE public AND area_ha BETWEEN 2 AND 10', []],
		['previousUse=industrial,military&ownership=municipal', "SELECT count(*) AS n FROM brownfield WHERE public AND previous_use IN ('industrial', 'military') AND ownership = 'municipal'", []],
		['burden=confirmed&state=derelict&region=CZ042', "SELECT count(*) AS n FROM brownfield AS b JOIN municipality AS m USING (kod_obec) WHERE b.public AND ecological_burden = 'confirmed' AND state = 'derelict' AND m.region_nuts3 = 'CZ042'", []],
		['district=CZ0427', "SELECT count(*) AS n FROM brownfield AS b JOIN municipality AS m USING (kod_obec) WHERE b.public AND m.district_lau1 = 'CZ0427'", []]
	];
	for (const [params, sql, values] of cases) {
		it(`?${params || '(no filter)'} matches the reference query`, async () => {
			const result = await searchBrownfields(query(`${params}&pageSize=0`), 'public');
			expect(result.total).toBe(await count(sql, values));
		});
	}

	it('planners see and can filter the non-public sites', async () => {
		expect((await searchBrownfields(query('visibility=restricted&pageSize=0'), 'restricted')).total).toBe(await count('SELECT count(*) AS n FROM brownfield WHERE NOT public'));
		expect((await searchBrownfields(query('visibility=restricted&pageSize=0'), 'public')).total).toBe(0);
	});

	it('rejects unknown parameters and bad values with the parameter named', () => {
		expect(parseBrownfieldQuery(new URLSearchParams('areaMin=-1'))).toMatchObject({ success: false, parameter: 'areaMin' });
		expect(parseBrownfieldQuery(new URLSearchParams('previousUse=mine'))).toMatchObject({ success: false, parameter: 'previousUse' });
		expect(parseBrownfieldQuery(new URLSearchParams("sort=name;DROP TABLE brownfield"))).toMatchObject({ success: false, parameter: 'sort' });
		expect(parseBrownfieldQuery(new URLSearchParams('colour=red'))).toMatchObject({ success: false, parameter: 'colour' });
		expect(parseBrownfieldQuery(new URLSearchParams('polygon=14 50,15 50'))).toMatchObject({ success: false, parameter: 'polygon' });
	});

	it('pages through the ranking in score order, each site once', async () => {
		const pages = await Promise.all([1, 2, 3].map((page) => searchBrownfields(query(`pageSize=40&page=${page}`), 'public')));
		const scores = pages.flatMap((page) => page.results.map((row) => row.score as number));
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		const ids = pages.flatMap((page) => page.results.map((row) => row.id));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('spatial questions are answered on the ground', () => {
	it('within 5 km of a point equals PostGIS on geography', async () => {
		const result = await searchBrownfields(query('point=14.03,50.66&pointKm=5&pageSize=0'), 'public');
		const reference = await count(
			`SELECT count(*) AS n FROM brownfield WHERE public
			 AND ST_DWithin(ST_Transform(geom, 4326)::geography, ST_SetSRID(ST_MakePoint(14.03, 50.66), 4326)::geography, 5000)`
		);
		expect(result.total).toBe(reference);
		expect(reference).toBeGreaterThan(0);
	});

	it('within a drawn polygon equals ST_Intersects', async () => {
		const ring = '13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.75';
		const result = await searchBrownfields(query(`polygon=${encodeURIComponent(ring)}&pageSize=0`), 'public');
		const reference = await count(
			`SELECT count(*) AS n FROM brownfield WHERE public
			 AND ST_Intersects(geom, ST_Transform(ST_GeomFromText('POLYGON((13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.75, 13.9 50.55))', 4326), 3857))`
		);
		expect(result.total).toBe(reference);
	});

	it('within 2 km of a 5G corridor, and distances to it, are geography metres, not Web Mercator metres', async () => {
		const result = await searchBrownfields(query('corridorKm=2&pageSize=500'), 'public');
		const reference = await pool.query<{ id: number; metres: number; mercator: number }>(
			`SELECT b.id,
			        min(ST_Distance(ST_Transform(ST_PointOnSurface(b.geom), 4326)::geography, ST_Transform(c.geom, 4326)::geography)) AS metres,
			        min(ST_Distance(ST_PointOnSurface(b.geom), c.geom)) AS mercator
			 FROM brownfield AS b CROSS JOIN corridor_5g AS c WHERE b.public GROUP BY b.id`
		);
		const within = reference.rows.filter((row) => row.metres <= 2000);
		expect(result.total).toBe(within.length);
		for (const row of result.results.slice(0, 20)) {
			const expected = reference.rows.find((item) => item.id === row.id)!;
			expect(row.dist_5g_m).toBeCloseTo(expected.metres, 0);
			// At 50.6° N a Web Mercator metre is 0.64 ground metres: mixing them up would be off by half.
			if (expected.metres > 100) expect(expected.mercator / expected.metres).toBeGreaterThan(1.5);
		}
	});

	it('measures every site to the truly nearest corridor, counted road of each class, gauge and river', async () => {
		// Brute force on the ellipsoid from the site's representative point, against the context's index-found answer.
		const { rows } = await pool.query<{ measure: string; worst: number; sites: number }>(
			`WITH site AS (SELECT id, ST_Transform(ST_PointOnSurface(geom), 4326)::geography AS point FROM brownfield),
			      truth AS (
			        SELECT site.id,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM corridor_5g) AS dist_5g_m,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM traffic_sensor) AS dist_road_m,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM traffic_sensor WHERE road_class = 'motorway') AS dist_motorway_m,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM traffic_sensor WHERE road_class = 'class_1') AS dist_class_1_m,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM flood_gauge) AS dist_gauge_m,
			               (SELECT min(ST_Distance(site.point, ST_Transform(geom, 4326)::geography)) FROM river) AS dist_river_m
			        FROM site
			      )
			 SELECT d.measure, max(abs(d.found - d.truth)) AS worst, count(*)::integer AS sites
			 FROM truth JOIN brownfield_context AS ctx USING (id)
			 CROSS JOIN LATERAL (VALUES ('dist_5g_m', ctx.dist_5g_m, truth.dist_5g_m), ('dist_road_m', ctx.dist_road_m, truth.dist_road_m),
			   ('dist_motorway_m', ctx.dist_motorway_m, truth.dist_motorway_m), ('dist_class_1_m', ctx.dist_class_1_m, truth.dist_class_1_m),
			   ('dist_gauge_m', ctx.dist_gauge_m, truth.dist_gauge_m), ('dist_river_m', ctx.dist_river_m, truth.dist_river_m)) AS d (measure, found, truth)
			 GROUP BY d.measure ORDER BY d.measure`
		);
		expect(rows).toHaveLength(6);
		// Mercator and the ellipsoid may order near ties differently: a few centimetres, never a wrong neighbour.
		for (const row of rows) expect({ measure: row.measure, worst: Number(row.worst) < 1, sites: row.sites > 250 }).toEqual({ measure: row.measure, worst: true, sites: true });
	});

	it('counts the population within 10 km by area-weighted municipal populations', async () => {
		const [site] = (await searchBrownfields(query('sort=population_10km&pageSize=1&radiusKm=10'), 'public')).results;
		const { rows } = await pool.query<{ population: number }>(
			`WITH circle AS (
			   SELECT ST_Transform(ST_Buffer(ST_Transform(ST_PointOnSurface(geom), 4326)::geography, 10000)::geometry, 3857) AS geom
			   FROM brownfield WHERE id = $1
			 )
			 SELECT sum(m.population_2019 * ST_Area(ST_Intersection(m.geom, circle.geom)) / ST_Area(m.geom)) AS population
			 FROM municipality AS m, circle WHERE ST_Intersects(m.geom, circle.geom)`,
			[site!.id]
		);
		expect(site!.population_10km).toBeCloseTo(rows[0]!.population, 0);
		expect(site!.population_around).toBeCloseTo(rows[0]!.population, 0);
	});
});

describe('exports', () => {
	const viewer = { visibility: 'public' as const, ip: '192.0.2.9' };

	it('GeoJSON follows RFC 7946: lon/lat, ≤ 7 decimals, counter-clockwise exterior rings, no crs member', async () => {
		const response = await exportResponse('geojson', new URL('http://x/api/brownfields/export.geojson?previousUse=industrial'), viewer);
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const collection = JSON.parse(await response.text());
		expect(collection).not.toHaveProperty('crs');
		expect(collection.features.length).toBe(await count("SELECT count(*) AS n FROM brownfield WHERE public AND previous_use = 'industrial'"));
		for (const feature of collection.features) {
			expect(feature.properties.public).toBe(true);
			for (const polygon of feature.geometry.coordinates as [number, number][][][]) {
				const ring = polygon[0]!;
				const area = ring.slice(0, -1).reduce((sum, [x1, y1], index) => sum + (x1 * ring[index + 1]![1] - ring[index + 1]![0] * y1), 0);
				expect(area).toBeGreaterThan(0);
				for (const [lon, lat] of ring) {
					expect(lon).toBeGreaterThan(12);
					expect(lat).toBeGreaterThan(49);
					expect((String(lon).split('.')[1] ?? '').length).toBeLessThanOrEqual(7);
				}
			}
		}
	});

	it('CSV has a BOM for Excel, Czech headers on request, diacritics intact, and no non-public site for the public', async () => {
		const response = await exportResponse('csv', new URL('http://x/api/brownfields/export.csv?lang=cs'), viewer);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const lines = text.slice(1).trim().split('\r\n');
		expect(lines[0]).toBe('id,kód,název,kód obce,obec,okres,rozloha (ha),zastavěná plocha (ha),původní využití,vlastnictví,ekologická zátěž,stav,navržené využití,veřejný,syntetický,vzdálenost 5G (m),vzdálenost silnice (m),vzdálenost toku (m),obyvatel do 10 km');
		expect(lines.length - 1).toBe(await count('SELECT count(*) AS n FROM brownfield WHERE public'));
		expect(text).toMatch(/Ústí nad Labem|Děčín|Liberec/);
		expect(lines.slice(1).every((line) => line.includes(',true,'))).toBe(true);
	});

	it('records a planner’s export of non-public sites in the audit trail', async () => {
		const before = await count("SELECT count(*) AS n FROM audit_event WHERE action = 'data.export'");
		const response = await exportResponse('csv', new URL('http://x/api/brownfields/export.csv?visibility=restricted'), { visibility: 'restricted', ip: '192.0.2.9' });
		await response.text();
		expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'data.export'")).toBe(before + 1);
	});
});

describe('mini maps', () => {
	const miniMaps = async (ids: number[], includeRestricted: boolean) =>
		(await pool.query(sqlFile('sql/queries/brownfield_minimap.sql'), [ids, includeRestricted])).rows as (SiteMiniMap & { id: number })[];
	const shapes = (path: string | null) => (path ?? '').split('M').length - 1;

	it('draw the site inside its box with a ground width, and leave non-public sites out for the public', async () => {
		// A public site with a non-public neighbour inside its window (window half-width ≥ 1,500 Web Mercator metres).
		const { rows } = await pool.query<{ id: number; neighbours: number }>(
			`SELECT b.id, count(o.id)::int AS neighbours FROM brownfield AS b
			 JOIN brownfield AS o ON NOT o.public AND ST_DWithin(ST_Centroid(ST_Envelope(b.geom)), o.geom, 1400)
			 WHERE b.public GROUP BY b.id ORDER BY b.id LIMIT 1`
		);
		const site = rows[0]!;
		const [publicMap] = await miniMaps([site.id], false);
		const [plannerMap] = await miniMaps([site.id], true);
		expect(publicMap!.width_m).toBeGreaterThan(1_500);
		expect(publicMap!.width_m).toBeLessThan(2_500);
		const coordinates = publicMap!.site.match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...coordinates)).toBeLessThanOrEqual(160);
		expect(shapes(plannerMap!.other_sites) - shapes(publicMap!.other_sites)).toBeGreaterThanOrEqual(site.neighbours);

		const restricted = (await pool.query<{ id: number }>('SELECT id FROM brownfield WHERE NOT public ORDER BY id LIMIT 1')).rows[0]!.id;
		expect(await miniMaps([restricted], false)).toEqual([]);
		expect(await miniMaps([restricted], true)).toHaveLength(1);
	});
});
