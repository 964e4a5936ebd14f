/**
 * npm run bench:ingest — (1) sustained batch ingest through POST /api/observations against the statement that
 * stores a batch, run straight on PostgreSQL (the floor: no HTTP, validation, flood watch or stream log);
 * (2) ingest-to-client latency with 200 concurrent SSE clients while readings arrive at 1,000 per second.
 * Targets on a 2-core machine: ≥ 20,000 observations/s; p99 ≤ 250 ms.
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import pg from 'pg';
import { SESSION_OPTIONS } from '../lib/server/db/pool';
import { prepareDatabase } from '../lib/server/db/prepare';
import { sqlFile } from '../lib/server/db/sql-file';
import { createDeviceKey } from '../lib/server/telemetry/keys';
import { startAppServer } from './app-server';
import { fail, log } from './log';

const PORT = 4304;
const BATCH = 5_000;
const SECONDS = 10;
const CLIENTS = 200;
const MEASURING_CLIENTS = 10;
const RATE = 1_000;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function post(key: string, body: string): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: PORT, path: '/api/observations', method: 'POST', agent, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, 'Content-Length': Buffer.byteLength(body) } }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

let stopServer = async () => {};
let stopDatabase = async () => {};
try {
	const database = await prepareDatabase({ database: 'region_atlas_bench_ingest', log });
	stopDatabase = () => database.stop();
	const pool = new pg.Pool({ connectionString: database.url, max: 8, options: SESSION_OPTIONS });
	const { rows: datastreams } = await pool.query<{ id: number; interval_ms: number; min_value: number; max_value: number }>(
		`SELECT d.id, (extract(epoch FROM d.expected_interval) * 1000)::float8 AS interval_ms, d.min_value::float8, d.max_value::float8
		 FROM datastream AS d WHERE d.observed_property IN ('vehicles_light', 'throughput', 'stage') ORDER BY d.id`
	);
	// Every run starts with no readings, so its figures do not depend on how often it ran before.
	await pool.query('TRUNCATE observation, datastream_latest, stream_batch, flood_state, flood_alert CASCADE');
	const { key } = await createDeviceKey(pool, 'bench', { all: true }, { name: 'cli' });
	stopServer = (await startAppServer(PORT, database.url, { ATLAS_INGEST_MAX_BYTES: String(8 * 1024 * 1024) })).stop;

	// Each datastream reports forward in time at its own interval from a year ago, as devices do, with a smooth value
	// well inside its physical range: every batch is fresh for the flood watch, and nothing is a duplicate.
	let cursor = 0;
	const origin = Date.now() - 365 * 86_400_000;
	// The floor writes straight into the table, so the monthly partitions the app would create come first.
	for (let day = 0; day <= 365; day += 10) await pool.query('SELECT ensure_observation_partition($1)', [new Date(origin + day * 86_400_000)]);
	const nextBatch = (size: number) =>
		Array.from({ length: size }, () => {
			const index = cursor++;
			const datastream = datastreams[index % datastreams.length]!;
			const step = Math.floor(index / datastreams.length);
			const range = datastream.max_value - datastream.min_value;
			const value = datastream.min_value + range * (0.08 + 0.01 * Math.sin(step / 36 + datastream.id));
			return { datastream: datastream.id, phenomenonTime: new Date(origin + step * datastream.interval_ms).toISOString(), result: Math.round(value * 10) / 10 };
		});

	async function sustained(label: string, send: (batch: ReturnType<typeof nextBatch>) => Promise<number>) {
		let stored = 0;
		const until = performance.now() + SECONDS * 1000;
		const started = performance.now();
		await Promise.all(Array.from({ length: 4 }, async () => {
			while (performance.now() < until) {
				// Not `stored += await …`: that reads `stored` before the wait and drops the other writers' counts.
				const count = await send(nextBatch(BATCH));
				stored += count;
			}
		}));
		const rate = stored / ((performance.now() - started) / 1000);
		log(`${label}: ${stored} observations in ${SECONDS} s → ${rate.toFixed(0)} obs/s`);
		return rate;
	}

	log('Phase 1: sustained batch ingest, 4 concurrent writers, 5,000 readings per batch…');
	const floor = await sustained('SQL floor (the storing statement, direct)', async (batch) => {
		const { rows } = await pool.query(sqlFile('sql/queries/ingest_observations.sql'), [batch.map((r) => r.datastream), batch.map((r) => Date.parse(r.phenomenonTime)), batch.map((r) => r.result)]);
		return rows.length;
	});
	const http = await sustained('HTTP POST /api/observations', async (batch) => {
		const response = await post(key, JSON.stringify(batch));
		if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${response.text.slice(0, 200)}`);
		const report = JSON.parse(response.text) as { accepted: number; rejected: number; items: { status: string; reason?: string }[] };
		if (report.rejected > 0) throw new Error(`ingest rejected ${report.rejected} readings of a batch, e.g.: ${report.items.find((item) => item.status === 'rejected')?.reason}`);
		return report.accepted;
	});

	log(`Phase 2: ${CLIENTS} SSE clients, ${RATE} readings/s for ${SECONDS} s…`);
	const sentAt = new Map<number, number>();
	const latencies: number[] = [];
	const streams: IncomingMessage[] = [];
	let delivered = 0;
	await Promise.all(Array.from({ length: CLIENTS }, (_, index) => new Promise<void>((resolve, reject) => {
		request({ host: '127.0.0.1', port: PORT, path: '/api/stream?layers=traffic_sensors', agent: false }, (response) => {
			streams.push(response);
			const measuring = index < MEASURING_CLIENTS;
			let buffer = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				if (!measuring) return void (delivered += chunk.match(/^event: observation$/gm)?.length ?? 0);
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const data = buffer.slice(0, end).match(/^data: (.*)$/m)?.[1];
					buffer = buffer.slice(end + 2);
					if (!data) continue;
					const sent = sentAt.get((JSON.parse(data) as { value: number }).value);
					if (sent !== undefined) latencies.push(performance.now() - sent);
				}
			});
			resolve();
		}).on('error', reject).end();
	})));
	const { rows: streamsRows } = await pool.query<{ id: number }>("SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'traffic_sensors' AND d.observed_property = 'vehicles_light' ORDER BY d.id");
	const live = streamsRows.map((row) => row.id);
	const perTick = RATE / 10;
	for (let tick = 0; tick < SECONDS * 10; tick++) {
		const tickStart = performance.now();
		const batch = Array.from({ length: perTick }, (_, index) => ({ datastream: live[index % live.length]!, phenomenonTime: new Date(Date.now() - 1_000 - tick * 10 - Math.floor(index / live.length)).toISOString(), result: tick }));
		sentAt.set(tick, performance.now());
		await post(key, JSON.stringify(batch));
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - tickStart))));
	}
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	for (const stream of streams) stream.destroy();

	console.log('\nRegion Atlas ingest benchmark');
	console.log(`batch ingest: ${http.toFixed(0)} obs/s through HTTP, floor ${floor.toFixed(0)} obs/s straight SQL, ratio ${(http / floor).toFixed(2)}  target ≥ 20,000 obs/s  ${http >= 20_000 ? 'met' : 'MISSED'}`);
	console.log(`ingest → SSE client (${CLIENTS} clients, ${RATE} obs/s): p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms over ${latencies.length} measured receipts; ${delivered} events to the other clients  target p99 ≤ 250 ms  ${percentile(latencies, 99) <= 250 ? 'met' : 'MISSED'}`);
	await stopServer();
	agent.destroy();
	await pool.end();
	await database.stop();
} catch (error) {
	// A failed run leaves neither the app on its port nor the cluster behind, so the next run can start.
	await stopServer();
	await stopDatabase().catch(() => {});
	fail(error);
}
