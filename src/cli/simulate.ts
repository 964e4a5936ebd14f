/**
 * npm run simulate -- [--url http://localhost:3000] [--speed 60] [--start ISO time] [--scenario normal|flood]
 *                     [--flood-at ISO time] [--rate 5000] [--hours 24] [--only layer[:feature],…]
 * Feeds the running app through its real ingest API with plausible readings for every datastream: water levels
 * (a flood wave travelling down Ploučnice, Ohře, Labe, Lužická Nisa and Jizera in the flood scenario), rain ahead
 * of it, traffic with rush hours and quiet weekends, 5G load following traffic. Simulated time runs `speed` times
 * faster than real time from `start` but never past now, so the app never sees readings from the future.
 * `--flood-at` is when the wave reaches the uppermost gauge of each river (default six hours after the start);
 * `--only` limits the run to some layers or features, e.g. `--only flood_gauges:231000,traffic_sensors`.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { prepareDatabase } from '../lib/server/db/prepare';
import { sqlFile } from '../lib/server/db/sql-file';
import { env } from '../lib/server/env';
import { createDeviceKey, revokeDeviceKey } from '../lib/server/telemetry/keys';
import { corridorLoad, dischargeM3s, rainfallMm, stageCm, traffic, type GaugeModel, type Scenario } from '../lib/simulation/models';
import { fail, log } from './log';

interface Row {
	datastream: number;
	property: string;
	interval_ms: number;
	layer: string;
	feature: number;
	river: string | null;
	river_rank: number | null;
	base_cm: number | null;
	spa1_cm: number | null;
	spa3_cm: number | null;
	spa1_m3s: number | null;
	daily_volume: number | null;
	heavy_share: number | null;
	road_class: string | null;
	bandwidth_mbps: number | null;
}

interface Stream {
	datastream: number;
	interval: number;
	next: number;
	read(time: number): number;
}

/** `layer` or `layer:feature` entries; undefined: every datastream. */
function parseOnly(text: string | undefined): ((row: Row) => boolean) | undefined {
	if (!text) return undefined;
	const wanted = text.split(',').map((entry) => entry.trim()).filter(Boolean);
	for (const entry of wanted) if (!/^[a-z0-9_]+(:\d+)?$/.test(entry)) throw new Error(`--only takes layer or layer:feature entries separated by commas, e.g. flood_gauges:231000; "${entry}" is neither.`);
	return (row) => wanted.includes(row.layer) || wanted.includes(`${row.layer}:${row.feature}`);
}

function model(row: Row, scenario: Scenario): (time: number) => number {
	const gauge: GaugeModel = { id: row.feature, river: row.river ?? '', rank: row.river_rank ?? 0, baseCm: row.base_cm ?? 80, spa1Cm: row.spa1_cm, spa3Cm: row.spa3_cm, spa1M3s: row.spa1_m3s };
	switch (row.property) {
		case 'stage':
			return (time) => stageCm(gauge, time, scenario);
		case 'discharge':
			return (time) => dischargeM3s(gauge, stageCm(gauge, time, scenario));
		case 'rainfall':
			return (time) => rainfallMm(row.feature, time, scenario);
		case 'vehicles_light':
		case 'vehicles_heavy':
		case 'mean_speed': {
			const key = ({ vehicles_light: 'light', vehicles_heavy: 'heavy', mean_speed: 'speedKmh' } as const)[row.property];
			return (time) => traffic(row.feature, row.daily_volume ?? 10_000, row.heavy_share ?? 0.15, row.road_class === 'motorway', time)[key];
		}
		case 'throughput':
			return (time) => corridorLoad(row.feature, row.bandwidth_mbps ?? 1000, time).throughput;
		case 'latency':
			return (time) => corridorLoad(row.feature, row.bandwidth_mbps ?? 1000, time).latency;
		default:
			throw new Error(`The simulator has no model for ${row.property}.`);
	}
}

let database: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
try {
	const { values } = parseArgs({
		options: {
			url: { type: 'string', default: `http://localhost:${env().PORT}` },
			speed: { type: 'string', default: '60' },
			start: { type: 'string' },
			scenario: { type: 'string', default: 'normal' },
			rate: { type: 'string', default: '5000' },
			hours: { type: 'string' },
			'flood-at': { type: 'string' },
			only: { type: 'string' }
		}
	});
	const speed = Number(values.speed);
	const rate = Number(values.rate);
	if (!(speed > 0)) throw new Error('--speed must be a positive number (60 = one simulated minute per second).');
	if (!(rate > 0)) throw new Error('--rate must be a positive number of readings per second.');
	if (values.scenario !== 'normal' && values.scenario !== 'flood') throw new Error('--scenario must be normal or flood.');
	const start = values.start ? Date.parse(values.start) : Date.now() - 6 * 3_600_000;
	if (Number.isNaN(start)) throw new Error('--start must be an ISO 8601 time, e.g. 2026-11-22T06:00:00Z.');
	const end = values.hours ? start + Number(values.hours) * 3_600_000 : Infinity;
	const floodStart = values['flood-at'] ? Date.parse(values['flood-at']) : start + 6 * 3_600_000;
	if (Number.isNaN(floodStart)) throw new Error('--flood-at must be an ISO 8601 time, e.g. 2026-11-22T12:00:00Z.');
	const only = parseOnly(values.only);
	const scenario: Scenario = { name: values.scenario, floodStart };
	const url = values.url.replace(/\/$/, '');

	database = await prepareDatabase({ log: () => {} });
	const pool = new pg.Pool({ connectionString: database.url, max: 1 });
	const { rows: all } = await pool.query<Row>(sqlFile('sql/queries/simulation_sensors.sql'));
	const rows = only ? all.filter(only) : all;
	if (rows.length === 0) throw new Error(`No datastream matches --only ${values.only}; layers with datastreams: ${[...new Set(all.map((row) => row.layer))].join(', ')}.`);
	const { id: keyId, key } = await createDeviceKey(pool, `simulator ${new Date().toISOString()}`, { all: true }, { name: 'cli' });
	const streams: Stream[] = rows.map((row) => ({ datastream: row.datastream, interval: row.interval_ms, next: Math.ceil(start / row.interval_ms) * row.interval_ms, read: model(row, scenario) }));
	log(`Simulating ${streams.length} datastreams (${values.scenario}) from ${new Date(start).toISOString()} at ${speed}× into ${url}. Ctrl+C stops.`);

	const totals = { sent: 0, accepted: 0, duplicate: 0, rejected: 0, failedPosts: 0 };
	const startedAt = Date.now();
	let stopping = false;
	process.on('SIGINT', () => (stopping = true));
	process.on('SIGTERM', () => (stopping = true));

	while (!stopping) {
		const tickStarted = Date.now();
		const simulatedNow = Math.min(start + (tickStarted - startedAt) * speed, tickStarted, end);
		const due: { datastream: number; phenomenonTime: string; result: number }[] = [];
		for (const stream of streams) {
			while (stream.next <= simulatedNow && due.length < rate) {
				due.push({ datastream: stream.datastream, phenomenonTime: new Date(stream.next).toISOString(), result: stream.read(stream.next) });
				stream.next += stream.interval;
			}
		}
		for (let offset = 0; offset < due.length; offset += 5_000) {
			const batch = due.slice(offset, offset + 5_000);
			try {
				const response = await fetch(`${url}/api/observations`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` }, body: JSON.stringify(batch) });
				if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
				const report = (await response.json()) as { accepted: number; duplicate: number; rejected: number; items: { status: string; reason?: string }[] };
				const rejection = report.items.find((item) => item.status === 'rejected');
				if (rejection && totals.rejected === 0) log(`First rejection: ${rejection.reason}`);
				totals.sent += batch.length;
				totals.accepted += report.accepted;
				totals.duplicate += report.duplicate;
				totals.rejected += report.rejected;
			} catch (error) {
				totals.failedPosts++;
				log(`Posting ${batch.length} readings failed (${(error as Error).message}); they are dropped, the run goes on.`);
			}
		}
		process.stdout.write(`\r${new Date(simulatedNow).toISOString().slice(0, 16)}Z  sent ${totals.sent}  accepted ${totals.accepted}  duplicate ${totals.duplicate}  rejected ${totals.rejected}   `);
		if (simulatedNow >= end) break;
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1_000 - (Date.now() - tickStarted))));
	}

	process.stdout.write('\n');
	await revokeDeviceKey(pool, String(keyId), { name: 'cli' });
	await pool.end();
	await database.stop();
	log(`Done: ${totals.sent} readings sent in ${((Date.now() - startedAt) / 1000).toFixed(0)} s, ${totals.accepted} accepted, ${totals.duplicate} duplicate, ${totals.rejected} rejected, ${totals.failedPosts} failed posts. The simulator's key was revoked.`);
} catch (error) {
	await database?.stop();
	fail(error);
}
