/**
 * npm run bench:tiles — the all-layer composite tile through the HTTP endpoint, cold (cache off) and warm, at
 * concurrency 1 and 8, against the same statements run straight on PostGIS in the same run (the floor).
 * Runs on its own database loaded at the benchmark size (≈20,000 brownfields, 20,000 sensors, 3,000 corridors).
 */
import { Agent, request } from 'node:http';
import pg from 'pg';
import { LAYERS, REGION_BOUNDS } from '../lib/layers';
import { Random } from '../lib/server/data/random';
import { BENCH_SIZE } from '../lib/server/data/synthetic';
import { SESSION_OPTIONS } from '../lib/server/db/pool';
import { prepareDatabase } from '../lib/server/db/prepare';
import { queryTile } from '../lib/server/tiles/queries';
import { tilesCovering, type TileCoords } from '../lib/tiles/coords';
import { startAppServer } from './app-server';
import { fail, log } from './log';

const ZOOMS = [6, 7, 8, 9, 10, 11, 12, 13, 14];
const TILES_PER_ZOOM = 120;
const MIN_REQUESTS = 240;
const CONCURRENCY = [1, 8];
const TILE_SIZE_LIMIT = 500 * 1024;
/** pg_tileserv, one-SQL function source, same data size, 2 cores, concurrency 8 (from the issue). */
const PG_TILESERV_RPS: Record<number, number> = { 8: 109, 10: 381, 12: 1154, 14: 1449 };
const ALL = LAYERS.map((layer) => layer.id).join(',');

interface Run {
	latencies: number[];
	seconds: number;
	maxBytes: number;
}

/** A fixed sample of the tiles covering both regions at zoom z, repeated up to MIN_REQUESTS requests. */
function tileList(z: number): TileCoords[] {
	const covering = tilesCovering(REGION_BOUNDS, z);
	const random = new Random(`bench:${z}`);
	const sample = covering.length <= TILES_PER_ZOOM ? covering : Array.from({ length: TILES_PER_ZOOM }, () => covering.splice(Math.floor(random.next() * covering.length), 1)[0]!);
	return Array.from({ length: Math.max(sample.length, MIN_REQUESTS) }, (_, index) => sample[index % sample.length]!);
}

async function measure(tiles: TileCoords[], concurrency: number, fetchTile: (tile: TileCoords) => Promise<number>): Promise<Run> {
	const latencies: number[] = [];
	let maxBytes = 0;
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < tiles.length) {
				const tile = tiles[next++]!;
				const t0 = performance.now();
				const bytes = await fetchTile(tile);
				latencies.push(performance.now() - t0);
				maxBytes = Math.max(maxBytes, bytes);
			}
		})
	);
	return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000, maxBytes };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function httpTile(port: number, agent: Agent) {
	return (tile: TileCoords) =>
		new Promise<number>((resolve, reject) => {
			request({ host: '127.0.0.1', port, agent, path: `/tiles/${ALL}/${tile.z}/${tile.x}/${tile.y}.mvt`, headers: { 'Accept-Encoding': 'identity' } }, (response) => {
				let bytes = 0;
				response.on('data', (chunk: Buffer) => (bytes += chunk.length));
				response.on('end', () => (response.statusCode === 200 || response.statusCode === 204 ? resolve(bytes) : reject(new Error(`HTTP ${response.statusCode}`))));
			})
				.on('error', reject)
				.end();
		});
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(7);

try {
	log('Preparing the benchmark database (first run loads ≈70,000 synthetic rows)…');
	const database = await prepareDatabase({ database: 'region_atlas_bench', size: BENCH_SIZE, log });
	// The floor runs the very statements the endpoint runs, prepared, with the same session settings.
	const pool = new pg.Pool({ connectionString: database.url, max: 8, options: SESSION_OPTIONS });
	const sqlTile = async (tile: TileCoords) => (await queryTile(pool, LAYERS.filter((layer) => tile.z >= layer.minzoom), tile.z, tile.x, tile.y, false)).length;
	const cold = await startAppServer(4301, database.url, { ATLAS_TILE_CACHE_MB: '0' });
	const warm = await startAppServer(4302, database.url, { ATLAS_TILE_CACHE_MB: '1024' });
	const agent = new Agent({ keepAlive: true, maxSockets: 8 });
	const lists = new Map(ZOOMS.map((z) => [z, tileList(z)]));

	log('Warming PostgreSQL’s buffers and the warm server’s cache (not measured)…');
	for (const tiles of lists.values()) {
		await measure(tiles, 8, sqlTile);
		await measure(tiles, 8, httpTile(4302, agent));
	}

	const rows: string[] = [];
	const failures: string[] = [];
	console.log('\nAll-layer composite tile, per zoom. Latencies in ms; rps = requests/s; ratio = endpoint p50 / SQL p50.\n');
	console.log(' z  c | SQL p50   p95   p99    rps | cold p50   p95   p99    rps ratio | warm p50   p95    rps | max KB');
	for (const [z, tiles] of lists) {
		for (const concurrency of CONCURRENCY) {
			const sql = await measure(tiles, concurrency, sqlTile);
			const coldRun = await measure(tiles, concurrency, httpTile(4301, agent));
			const warmRun = await measure(tiles, concurrency, httpTile(4302, agent));
			const [s, c, w] = [sql, coldRun, warmRun].map((run) => ({
				p50: percentile(run.latencies, 50),
				p95: percentile(run.latencies, 95),
				p99: percentile(run.latencies, 99),
				rps: run.latencies.length / run.seconds
			}));
			const ratio = c!.p50 / s!.p50;
			const line =
				`${String(z).padStart(2)} ${String(concurrency).padStart(2)} |${fmt(s!.p50)}${fmt(s!.p95)}${fmt(s!.p99)}${s!.rps.toFixed(0).padStart(7)} |` +
				`${fmt(c!.p50)}${fmt(c!.p95)}${fmt(c!.p99)}${c!.rps.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(5)} |` +
				`${fmt(w!.p50)}${fmt(w!.p95)}${w!.rps.toFixed(0).padStart(7)} | ${(sql.maxBytes / 1024).toFixed(0).padStart(6)}`;
			console.log(line);
			rows.push(line);
			if (ratio > 1.3) failures.push(`z${z} c${concurrency}: cold p50 is ${ratio.toFixed(2)} × the SQL floor (target ≤ 1.3)`);
			if (w!.p50 > 2) failures.push(`z${z} c${concurrency}: warm p50 ${w!.p50.toFixed(2)} ms (target ≤ 2 ms)`);
			if (sql.maxBytes > TILE_SIZE_LIMIT) failures.push(`z${z}: a tile of ${(sql.maxBytes / 1024).toFixed(0)} KB (limit 500 KB)`);
			const reference = PG_TILESERV_RPS[z];
			if (concurrency === 8 && reference) {
				const verdict = c!.rps >= reference ? 'at least' : 'BELOW';
				console.log(`        cold throughput at c8: ${c!.rps.toFixed(0)} req/s, ${verdict} pg_tileserv's ${reference} req/s (${(c!.rps / reference).toFixed(2)} ×)`);
				if (c!.rps < reference) failures.push(`z${z}: cold c8 ${c!.rps.toFixed(0)} req/s < pg_tileserv ${reference}`);
			}
		}
	}
	console.log(failures.length ? `\nTargets missed:\n- ${failures.join('\n- ')}` : '\nAll targets met.');

	await Promise.all([cold.stop(), warm.stop()]);
	agent.destroy();
	await pool.end();
	await database.stop();
} catch (error) {
	fail(error);
}
