import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { search } from '../../src/lib/server/search';
import { closeDb } from '../../src/lib/server/db/pool';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
afterAll(async () => {
	await pool.end();
	await closeDb();
});

describe('search ranking', () => {
	it('puts the municipality whose name starts with the query before stations named after it', async () => {
		const results = await search('usti', 10, 'public');
		expect(results[0]).toMatchObject({ layer: 'municipalities', name: 'Ústí nad Labem' });
		expect(results.slice(1, 4).every((result) => result.name.startsWith('Ústí nad Labem'))).toBe(true);
	});

	it('ranks an exact name above a longer one and ignores case and diacritics', async () => {
		const results = await search('DĚČÍN', 5, 'public');
		expect(results[0]).toMatchObject({ layer: 'municipalities', name: 'Děčín' });
		expect((await search('most', 3, 'public'))[0]).toMatchObject({ layer: 'municipalities', name: 'Most' });
	});

	it('matches a word inside the name and tolerates a typo', async () => {
		expect((await search('nad nisou', 25, 'public')).map((result) => result.name)).toContain('Jablonec nad Nisou');
		expect((await search('liberek', 5, 'public'))[0]?.name).toBe('Liberec');
	});

	it('finds codes by prefix', async () => {
		expect((await search('SC-D8-0001', 3, 'public'))[0]).toMatchObject({ layer: 'traffic_sensors', code: 'SC-D8-0001' });
	});

	it('gives each result the lon/lat box of the whole feature, so choosing it can show all of it', async () => {
		const { rows } = await pool.query<{ code: string; west: number; south: number; east: number; north: number }>(
			`WITH box AS (SELECT code, ST_Transform(ST_Envelope(geom), 4326) AS geom FROM corridor_5g ORDER BY ST_Length(geom) DESC LIMIT 1)
			 SELECT code, ST_XMin(geom) AS west, ST_YMin(geom) AS south, ST_XMax(geom) AS east, ST_YMax(geom) AS north FROM box`
		);
		const corridor = rows[0]!;
		const [found] = await search(corridor.code, 1, 'public');
		expect(found).toMatchObject({ layer: 'corridors_5g', code: corridor.code });
		const expected = [corridor.west, corridor.south, corridor.east, corridor.north];
		found!.bbox.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 6));
		const [west, south, east, north] = found!.bbox;
		expect(found!.center[0]).toBeGreaterThan(west);
		expect(found!.center[0]).toBeLessThan(east);
		expect(found!.center[1]).toBeGreaterThanOrEqual(south);
		expect(found!.center[1]).toBeLessThanOrEqual(north);

		const [gauge] = await search('221000', 1, 'public');
		expect(gauge).toMatchObject({ layer: 'flood_gauges', code: '221000' });
		expect(gauge!.bbox).toEqual([...gauge!.center, ...gauge!.center]);
	});

	it('never shows the public a brownfield without publication consent', async () => {
		const { rows } = await pool.query<{ code: string }>('SELECT code FROM brownfield WHERE NOT public ORDER BY id LIMIT 1');
		const code = rows[0]!.code;
		expect(await search(code, 5, 'public')).toEqual([]);
		expect((await search(code, 5, 'restricted'))[0]).toMatchObject({ layer: 'brownfields', code });
	});
});
