/**
 * npm run bench:planner — latency of the planner's questions over the real region with 10 × the synthetic
 * brownfields (3,000 sites) and the national municipality set (6,258 obce, 77 okresy, 14 kraje): filter + score (one page of the ranking), the per-municipality summary and an OGC items
 * page of 1,000 features, each through HTTP and, as the floor measured in the same run, the same SQL straight
 * against PostGIS. Prints p50/p95 and the ratio to the floor, then the targets met or missed.
 */
import pg from 'pg';
import { filterOf, parseBrownfieldQuery, weightsOf } from '../lib/brownfields/filter';
import { SESSION_OPTIONS } from '../lib/server/db/pool';
import { prepareDatabase } from '../lib/server/db/prepare';
import { sqlFile } from '../lib/server/db/sql-file';
import { queryFeatures } from '../lib/server/features';
import { brownfields } from '../lib/layers/brownfields';
import { startAppServer } from './app-server';
import { fail, log } from './log';

const PORT = 4311;
const RUNS = 150;
const SIZE = { brownfields: { CZ042: 2_000, CZ051: 1_000 }, trafficSensors: 60, extraCorridors: 0 };
const QUERIES = [
	'',
	'previousUse=industrial,military&areaMin=2',
	'ownership=municipal,regional&burden=none&corridorKm=3',
	'region=CZ042&state=derelict,partly_used&roadKm=5&roadClass=motorway&w_g5=3&w_burden=2',
	'point=14.03,50.66&pointKm=15&sort=area_ha',
	`polygon=${encodeURIComponent('13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.75')}&riverKm=1`
];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function time(work: () => Promise<unknown>): Promise<number[]> {
	const latencies: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		await work();
		latencies.push(performance.now() - started);
	}
	return latencies;
}

async function get(url: string) {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	await response.arrayBuffer();
}

try {
	log('Preparing the planner benchmark database (3,000 synthetic brownfields, the national municipality set)…');
	const database = await prepareDatabase({ database: 'region_atlas_bench_planner', size: SIZE, national: true, log });
	const pool = new pg.Pool({ connectionString: database.url, max: 2, options: SESSION_OPTIONS });
	const server = await startAppServer(PORT, database.url);
	const origin = `http://127.0.0.1:${PORT}`;
	const counts = (await pool.query<{ sites: number; municipalities: number }>('SELECT (SELECT count(*) FROM brownfield)::int AS sites, (SELECT count(*) FROM municipality)::int AS municipalities')).rows[0]!;
	log(`${counts.sites} brownfields, ${counts.municipalities} municipalities; ${RUNS} requests per measurement after one warm-up round.`);

	let index = 0;
	const nextQuery = () => QUERIES[index++ % QUERIES.length]!;
	const sqlSearch = async () => {
		const parsed = parseBrownfieldQuery(new URLSearchParams(nextQuery()));
		if (!parsed.success) throw new Error(parsed.message);
		const query = parsed.data;
		await pool.query(sqlFile('sql/queries/brownfield_search.sql'), [filterOf(query), false, weightsOf(query), query.sort, query.sort !== 'name', 25, 0, null]);
	};
	const sqlSummary = async () => {
		const parsed = parseBrownfieldQuery(new URLSearchParams(nextQuery()));
		if (!parsed.success) throw new Error(parsed.message);
		await pool.query(sqlFile('sql/queries/brownfield_summary.sql'), [filterOf(parsed.data), false, 'municipality']);
	};
	const measurements: [string, () => Promise<unknown>, () => Promise<unknown>, number][] = [
		['filter + score (page of 25)', () => get(`${origin}/api/brownfields?${nextQuery()}`), sqlSearch, 150],
		['summary by municipality', () => get(`${origin}/api/brownfields/summary?by=municipality&${nextQuery()}`), sqlSummary, 150],
		['OGC items, 1,000 features', () => get(`${origin}/ogc/collections/brownfields/items?limit=1000`), () => queryFeatures(pool, brownfields, 'public', { limit: 1000, offset: 0 }), 200]
	];

	const missed: string[] = [];
	console.log('\nLatency in ms (p50 / p95); ratio = endpoint p50 / SQL p50 measured in the same run.\n');
	for (const [name, endpoint, floor, target] of measurements) {
		await time(endpoint);
		await time(floor);
		const [http, sql] = [await time(endpoint), await time(floor)];
		const [hp50, hp95, sp50, sp95] = [percentile(http, 50), percentile(http, 95), percentile(sql, 50), percentile(sql, 95)];
		console.log(`${name.padEnd(30)} HTTP ${hp50.toFixed(1).padStart(6)} / ${hp95.toFixed(1).padStart(6)}   SQL ${sp50.toFixed(1).padStart(6)} / ${sp95.toFixed(1).padStart(6)}   ratio ${(hp50 / sp50).toFixed(2)}   target p95 ≤ ${target} ms ${hp95 <= target ? 'met' : 'MISSED'}`);
		if (hp95 > target) missed.push(`${name}: p95 ${hp95.toFixed(1)} ms > ${target} ms`);
	}
	console.log(missed.length ? `\nTargets missed:\n- ${missed.join('\n- ')}` : '\nAll targets met.');
	await server.stop();
	await pool.end();
	await database.stop();
} catch (error) {
	fail(error);
}
