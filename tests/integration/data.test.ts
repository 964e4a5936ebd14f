import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadData } from '../../src/lib/server/data/load';
import { migrate } from '../../src/lib/server/db/migrate';

const url = inject('databaseUrl');
const pool = new pg.Pool({ connectionString: url, max: 2 });
afterAll(() => pool.end());

const one = async <T>(sql: string, values: unknown[] = []) => (await pool.query(sql, values)).rows[0] as T;

describe('real data', () => {
	it('has the 569 municipalities with their 2019 populations', async () => {
		const source = JSON.parse(await readFile('sql/data/municipalities_ul_lb.geojson', 'utf8'));
		const expected = source.features.reduce((sum: number, f: { properties: { pocet_obyvatel_2019: number } }) => sum + f.properties.pocet_obyvatel_2019, 0);
		const row = await one<{ count: number; population: number; regions: number }>(
			'SELECT count(*)::int AS count, sum(population_2019)::int AS population, count(DISTINCT region_nuts3)::int AS regions FROM municipality'
		);
		expect(row).toEqual({ count: 569, population: expected, regions: 2 });
		expect(await one('SELECT name, population_2019 FROM municipality WHERE kod_obec = 554804')).toEqual({ name: 'Ústí nad Labem', population_2019: 92_716 });
		expect(await one("SELECT count(*)::int AS n FROM municipality WHERE region_nuts3 = 'CZ042'")).toEqual({ n: 354 });
	});

	it('has the 82 ČHMÚ gauges with their real SPA thresholds, and no invented ones', async () => {
		expect(await one('SELECT count(*)::int AS n FROM flood_gauge')).toEqual({ n: 82 });
		const labe = await one<Record<string, string>>('SELECT station_name, river_name, spa1_cm, spa2_cm, spa3_cm, spa4_cm, spa1_m3s FROM flood_gauge WHERE dbc = $1', ['221000']);
		expect(labe).toEqual({ station_name: 'Ústí nad Labem', river_name: 'Labe', spa1_cm: '450', spa2_cm: '530', spa3_cm: '600', spa4_cm: '1062', spa1_m3s: '807' });
		expect(await one('SELECT count(*)::int AS n FROM flood_gauge WHERE num_nulls(spa1_cm, spa2_cm, spa3_cm) = 0')).toEqual({ n: 37 });
		expect(await one("SELECT spa1_cm FROM flood_gauge WHERE dbc = '226800'")).toEqual({ spa1_cm: null });
	});

	it('draws each district as the outline of its own municipalities, so no district line cuts across one', async () => {
		const { rows } = await pool.query<{ lau1: string; inside: number; outside_km2: number }>(`
			WITH own AS (
			  SELECT d.lau1, d.geom AS district, ST_Union(m.geom) AS municipalities
			  FROM district AS d JOIN municipality AS m ON m.district_lau1 = d.lau1
			  GROUP BY d.lau1, d.geom
			)
			SELECT lau1,
			       ST_Area(ST_Intersection(district, municipalities)) / ST_Area(municipalities) AS inside,
			       ST_Area(ST_Difference(district, municipalities)) / 1e6 AS outside_km2
			FROM own`);
		expect(rows).toHaveLength(11);
		for (const row of rows) {
			expect(row.inside, row.lau1).toBeGreaterThan(0.9999);
			expect(row.outside_km2, row.lau1).toBeLessThan(0.01);
		}
	});

	it('stores every geometry in EPSG:3857 with a GiST index', async () => {
		const { rows } = await pool.query<{ table: string; srid: number; indexed: boolean }>(`
			SELECT c.f_table_name AS table, c.srid,
			       EXISTS (SELECT 1 FROM pg_indexes i WHERE i.tablename = c.f_table_name AND i.indexdef ILIKE '%USING gist (geom)%') AS indexed
			FROM geometry_columns AS c
			WHERE c.f_geometry_column = 'geom' AND c.f_table_schema = 'public'`);
		expect(rows.length).toBeGreaterThanOrEqual(11);
		for (const row of rows) expect(row, row.table).toMatchObject({ srid: 3857, indexed: true });
	});

	it('applies migrations once: a second run changes nothing', async () => {
		expect(await migrate(url)).toEqual([]);
	});
});

describe('synthetic data', () => {
	it('flags every generated row as synthetic', async () => {
		for (const table of ['brownfield', 'traffic_sensor', 'corridor_5g', 'base_station_5g', 'rain_gauge']) {
			expect(await one(`SELECT bool_and(synthetic) AS all_synthetic, count(*) > 0 AS any FROM ${table}`), table).toEqual({ all_synthetic: true, any: true });
		}
	});

	it('places ~200 brownfields in Ústecký and ~100 in Liberecký kraj, inside real municipalities, mean area ≈ 3 ha', async () => {
		const { rows } = await pool.query(`
			SELECT m.region_nuts3, count(*)::int AS sites, bool_and(ST_Within(b.geom, m.geom)) AS inside
			FROM brownfield AS b JOIN municipality AS m USING (kod_obec)
			GROUP BY m.region_nuts3 ORDER BY 1`);
		expect(rows).toEqual([
			{ region_nuts3: 'CZ042', sites: 200, inside: true },
			{ region_nuts3: 'CZ051', sites: 100, inside: true }
		]);
		const stats = await one<{ mean: number; private_public: number }>(
			"SELECT avg(area_ha)::float AS mean, avg(public::int) FILTER (WHERE ownership = 'private')::float AS private_public FROM brownfield"
		);
		expect(stats.mean).toBeGreaterThan(2.3);
		expect(stats.mean).toBeLessThan(3.7);
		expect(stats.private_public).toBeLessThan(0.5);
	});

	it('puts the named 5G corridor Ústí nad Labem – Teplice – Bílina at about 25 km with base stations every 0.8–1.5 km', async () => {
		const corridor = await one<{ length_km: string; stations: number }>(`
			SELECT c.length_km, count(s.*)::int AS stations
			FROM corridor_5g AS c JOIN base_station_5g AS s ON s.corridor_id = c.id
			WHERE c.name LIKE 'Ústí nad Labem – Teplice – Bílina%' GROUP BY c.id`);
		expect(Number(corridor.length_km)).toBeGreaterThan(20);
		expect(Number(corridor.length_km)).toBeLessThan(32);
		const spacing = Number(corridor.length_km) / corridor.stations;
		expect(spacing).toBeGreaterThan(0.8);
		expect(spacing).toBeLessThan(1.6);
	});

	it('is deterministic: a forced reload gives identical rows', async () => {
		const fingerprint = () =>
			one<{ brownfield: string; traffic: string; corridors: string }>(`
				SELECT (SELECT md5(string_agg(b::text, '|' ORDER BY id)) FROM brownfield AS b) AS brownfield,
				       (SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM traffic_sensor AS t) AS traffic,
				       (SELECT md5(string_agg(c::text, '|' ORDER BY id)) FROM corridor_5g AS c) AS corridors`);
		const before = await fingerprint();
		const result = await loadData(url, { force: true });
		expect(result.loaded).toBe(true);
		expect(await fingerprint()).toEqual(before);
		const imported = await one<{ actor: string; details: { checksum: string } }>("SELECT actor, details FROM audit_event WHERE action = 'data.import' ORDER BY id DESC LIMIT 1");
		expect(imported).toMatchObject({ actor: 'system', details: { checksum: result.checksum } });
	});

	it('computes municipality indicators from the loaded data', async () => {
		const row = await one<{ share: number; per_1000: number }>(`
			SELECT share_near_5g AS share, brownfield_ha_per_1000 AS per_1000 FROM municipality_indicator WHERE kod_obec = 567442`);
		expect(row.share).toBeGreaterThan(0.3); // Teplice lies on the Ústí – Bílina corridor
		expect(row.per_1000).toBeGreaterThan(0);
	});
});
