import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, db } from '../../src/lib/server/db/pool';
import { ingest, type Reading } from '../../src/lib/server/telemetry/ingest';
import { createDeviceKey, revokeDeviceKey, verifyDeviceKey, type KeyScope } from '../../src/lib/server/telemetry/keys';
import { sqlFile } from '../../src/lib/server/db/sql-file';
import { streamResponse } from '../../src/lib/server/telemetry/sse';
import { appendToStreamLog, pruneStreamLog } from '../../src/lib/server/telemetry/stream-log';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
let labeStage: number;
let labeDischarge: number;
let otherStage: number;
let otherDischarge: number;
let everything: KeyScope;
let onlyStage: KeyScope;

const sensorOf = async (datastream: number) => (await pool.query<{ sensor_id: number }>('SELECT sensor_id FROM datastream WHERE id = $1', [datastream])).rows[0]!.sensor_id;
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

beforeAll(async () => {
	const { rows } = await pool.query<{ id: number; property: string; feature_id: number }>(
		`SELECT d.id, d.observed_property AS property, s.feature_id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id
		 WHERE s.layer = 'flood_gauges' AND s.feature_id IN (221000, 240000)`
	);
	labeStage = rows.find((row) => row.feature_id === 221000 && row.property === 'stage')!.id;
	labeDischarge = rows.find((row) => row.feature_id === 221000 && row.property === 'discharge')!.id;
	otherStage = rows.find((row) => row.feature_id === 240000 && row.property === 'stage')!.id;
	otherDischarge = rows.find((row) => row.feature_id === 240000 && row.property === 'discharge')!.id;
	everything = (await verifyDeviceKey(pool, (await createDeviceKey(pool, 'test all', { all: true }, { name: 'test' })).key))!;
	onlyStage = (await verifyDeviceKey(pool, (await createDeviceKey(pool, 'test stage', { datastreams: [labeStage] }, { name: 'test' })).key))!;
});

afterAll(async () => {
	await pool.end();
	await closeDb();
});

describe('datastreams', () => {
	it('exist for every sensor of the foundation data', async () => {
		const { rows } = await pool.query(`SELECT s.layer, count(*)::int AS n FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id GROUP BY 1 ORDER BY 1`);
		expect(rows).toEqual([
			{ layer: 'corridors_5g', n: 8 },
			{ layer: 'flood_gauges', n: 164 },
			{ layer: 'rain_gauges', n: 16 },
			{ layer: 'traffic_sensors', n: 180 }
		]);
	});
});

describe('device keys', () => {
	it('are stored hashed, scoped and revocable', async () => {
		const { key, id } = await createDeviceKey(pool, 'revoke me', { all: true }, { name: 'test' });
		const stored = await pool.query('SELECT * FROM device_key WHERE id = $1', [id]);
		const secret = key.slice('ra_'.length + 10 + 1);
		expect(secret).toHaveLength(43);
		expect(JSON.stringify(stored.rows[0])).not.toContain(secret);
		expect(await verifyDeviceKey(pool, key)).toMatchObject({ keyId: id });
		expect(await verifyDeviceKey(pool, `${key.slice(0, -1)}x`)).toBeUndefined();
		expect(await revokeDeviceKey(pool, String(id), { name: 'test' })).toBe(true);
		expect(await verifyDeviceKey(pool, key)).toBeUndefined();
		expect(onlyStage.datastreams).toEqual(new Set([labeStage]));
	});
});

describe('ingest', () => {
	it('stores valid readings once and reports duplicates', async () => {
		const readings: Reading[] = [
			{ datastream: labeStage, phenomenonTime: at(30), result: 300 },
			{ datastream: labeStage, phenomenonTime: at(20), result: 310 },
			{ datastream: labeStage, phenomenonTime: at(20), result: 999 }
		];
		const first = await ingest(db(), readings, everything);
		expect(first).toMatchObject({ accepted: 2, duplicate: 1, rejected: 0 });
		const again = await ingest(db(), readings.slice(0, 2), everything);
		expect(again).toMatchObject({ accepted: 0, duplicate: 2 });
		const { rows } = await pool.query('SELECT value FROM observation WHERE datastream_id = $1 AND phenomenon_time = $2', [labeStage, readings[1]!.phenomenonTime]);
		expect(rows).toEqual([{ value: 310 }]);
	});

	it('does not move "latest" backwards for a reading that arrives late', async () => {
		await ingest(db(), [{ datastream: labeDischarge, phenomenonTime: at(5), result: 500 }], everything);
		const late = await ingest(db(), [{ datastream: labeDischarge, phenomenonTime: at(60), result: 400 }], everything);
		expect(late.accepted).toBe(1);
		const { rows } = await pool.query('SELECT value FROM datastream_latest WHERE datastream_id = $1', [labeDischarge]);
		expect(rows).toEqual([{ value: 500 }]);
	});

	it('rejects each bad reading with its reason and keeps the good ones', async () => {
		const report = await ingest(
			db(),
			[
				{ datastream: labeStage, phenomenonTime: new Date(Date.now() + 10 * 60_000).toISOString(), result: 300 },
				{ datastream: labeStage, phenomenonTime: at(1), result: 'NaN' },
				{ datastream: labeStage, phenomenonTime: at(1), result: 99_999 },
				{ datastream: 99_999_999, phenomenonTime: at(1), result: 1 },
				{ datastream: labeStage, phenomenonTime: 'yesterday', result: 1 },
				{ datastream: otherStage, phenomenonTime: at(2), result: 250 },
				{ datastream: labeStage, phenomenonTime: at(3), result: 320 }
			],
			onlyStage
		);
		expect(report.items.map((item) => [item.status, 'code' in item ? item.code : undefined])).toEqual([
			['rejected', 400],
			['rejected', 400],
			['rejected', 422],
			['rejected', 422],
			['rejected', 400],
			['rejected', 403],
			['accepted', undefined]
		]);
		expect(report.items[0]).toMatchObject({ reason: expect.stringContaining('future') });
		expect(report.items[2]).toMatchObject({ reason: expect.stringContaining('physical range') });
	});

	it('stores a reading once when the same batch is posted concurrently', async () => {
		const reading = { datastream: otherStage, phenomenonTime: at(7), result: 222 };
		const reports = await Promise.all(Array.from({ length: 8 }, () => ingest(db(), [reading], everything)));
		expect(reports.reduce((sum, report) => sum + report.accepted, 0)).toBe(1);
		expect(reports.reduce((sum, report) => sum + report.duplicate, 0)).toBe(7);
		const { rows } = await pool.query('SELECT count(*)::int AS n FROM observation WHERE datastream_id = $1 AND phenomenon_time = $2', [otherStage, reading.phenomenonTime]);
		expect(rows).toEqual([{ n: 1 }]);
	});
});

interface SseEvent {
	id: string | undefined;
	type: string;
	data: { value: number; datastream: number; batch: number; ordinal: number };
}

/** Reads SSE blocks until `count` observations arrived (0: all) or the time is up; `lastId` counts data-less blocks too. */
async function readEvents(response: Response, count: number, timeoutMs: number) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	const events: SseEvent[] = [];
	let lastId: string | undefined;
	let text = '';
	const deadline = Date.now() + timeoutMs;
	while ((count === 0 || events.filter((event) => event.type === 'observation').length < count) && Date.now() < deadline) {
		const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
		if (!chunk || chunk.done) break;
		text += decoder.decode(chunk.value, { stream: true });
		let end: number;
		while ((end = text.indexOf('\n\n')) >= 0) {
			const block = text.slice(0, end);
			text = text.slice(end + 2);
			const id = block.match(/^id: (.*)$/m)?.[1];
			if (id !== undefined) lastId = id;
			const data = block.match(/^data: (.*)$/m)?.[1];
			if (data) events.push({ id, type: block.match(/^event: (.*)$/m)?.[1] ?? 'message', data: JSON.parse(data) });
		}
	}
	await reader.cancel();
	return { events, observations: events.filter((event) => event.type === 'observation'), lastId };
}

const streamFor = (query: string, lastEventId?: string) => {
	const url = new URL(`http://x/api/stream?${query}`);
	return streamResponse(new Request(url, { headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {} }), url);
};

describe('live stream', () => {
	it('reads the log without JIT compilation, whatever the server is configured with', async () => {
		// The generic plan of the log read is estimated high enough to trigger JIT: 500 ms per delivery instead of 2 ms.
		const client = await db().connect();
		try {
			await client.query('SET jit_above_cost = 0');
			const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE) ${sqlFile('sql/queries/stream_events.sql')}`, [0, 0, 1, 10]);
			expect(rows.map((row) => row['QUERY PLAN']).join('\n')).not.toMatch(/JIT/);
		} finally {
			await client.query('RESET jit_above_cost');
			client.release();
		}
	});

	it('delivers a reading within a second of its ingest, filtered by layer', async () => {
		const response = await streamFor('layers=flood_gauges');
		expect(response.headers.get('content-type')).toContain('text/event-stream');
		const started = Date.now();
		const received = readEvents(response, 1, 3_000);
		await ingest(db(), [{ datastream: labeStage, phenomenonTime: at(0.5), result: 333 }], everything);
		const { observations } = await received;
		expect(observations.map((event) => event.data)).toMatchObject([{ datastream: labeStage, value: 333 }]);
		expect(observations[0]!.id).toBe(`${observations[0]!.data.batch}-${observations[0]!.data.ordinal}`);
		expect(Date.now() - started).toBeLessThan(1_000);
	});

	it('replays exactly the missed readings after a reconnect with Last-Event-ID', async () => {
		const { lastId: connectedAt } = await readEvents(await streamFor('sensors=999999'), 0, 200);
		expect(connectedAt).toMatch(/^\d+-\d+$/);
		await ingest(db(), [1, 2, 3].map((minute) => ({ datastream: otherStage, phenomenonTime: at(40 + minute), result: 200 + minute })), everything);
		const onlyOther = `sensors=${await sensorOf(otherStage)}`;
		const { observations } = await readEvents(await streamFor(onlyOther, connectedAt), 4, 1_500);
		expect(observations.map((event) => event.data.value).sort()).toEqual([201, 202, 203]);
		// Resuming in the middle of a batch replays only its rest.
		const { observations: rest } = await readEvents(await streamFor(onlyOther, observations[0]!.id), 3, 1_000);
		expect(rest.map((event) => event.id)).toEqual(observations.slice(1).map((event) => event.id));
	});

	it('replays a batch that committed after a later one the client had already seen', async () => {
		// Batch A draws its observation seqs first but commits last: "after the last seq seen" would skip it.
		const slow = await pool.connect();
		try {
			await slow.query('BEGIN');
			const { rows } = await slow.query<{ seq: string }>(sqlFile('sql/queries/ingest_observations.sql'), [[otherStage], [Date.parse(at(70))], [170]]);
			const live = await streamFor(`sensors=${await sensorOf(otherStage)}`);
			const seen = readEvents(live, 1, 3_000);
			// Another datastream of the same gauge, so the two transactions do not wait on one "latest" row.
			await ingest(db(), [{ datastream: otherDischarge, phenomenonTime: at(69), result: 169 }], everything);
			const { observations: before, lastId } = await seen;
			expect(before.map((event) => event.data.value)).toEqual([169]);
			expect(Number(before[0]!.data.batch)).toBeGreaterThan(0);
			await appendToStreamLog(slow, rows.map((row) => row.seq));
			await slow.query('COMMIT');
			const { observations: after } = await readEvents(await streamFor(`sensors=${await sensorOf(otherStage)}`, lastId), 2, 1_000);
			expect(after.map((event) => event.data.value)).toEqual([170]);
		} finally {
			await slow.query('ROLLBACK').catch(() => {});
			slow.release();
		}
	});

	it('forgets batches older than the replay window, and a client that asks for one is told to reload', async () => {
		await ingest(db(), [{ datastream: otherStage, phenomenonTime: at(80), result: 180 }], everything);
		const { rows } = await pool.query<{ position: string }>('SELECT max(position) AS position FROM stream_batch');
		const aged = Number(rows[0]!.position);
		await pool.query("UPDATE stream_batch SET committed_at = now() - interval '25 hours' WHERE position <= $1", [aged]);
		expect(await pruneStreamLog()).toBeGreaterThan(0);
		expect((await pool.query('SELECT count(*)::int AS n FROM stream_batch WHERE position <= $1', [aged])).rows[0].n).toBe(0);
		await ingest(db(), [{ datastream: otherStage, phenomenonTime: at(79), result: 181 }], everything);
		const { events } = await readEvents(await streamFor(`sensors=${await sensorOf(otherStage)}`, `${aged - 1}-1`), 1, 500);
		expect(events.map((event) => event.type)).toEqual(['resync']);
	});

	it('tells a client whose position is not in the replay log to reload instead of replaying', async () => {
		const { events } = await readEvents(await streamFor('layers=flood_gauges', '999999999999-1'), 1, 300);
		expect(events.map((event) => event.type)).toEqual(['resync']);
	});

	it('drops a client still holding over a megabyte when the next delivery comes, while the others get everything, even a batch over that size', async () => {
		const { rows } = await pool.query<{ id: number }>(
			"SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'traffic_sensors' ORDER BY d.id LIMIT 50"
		);
		const base = Date.now() - 3 * 86_400_000 - Math.floor(Math.random() * 86_400_000);
		const readings = Array.from({ length: 6_000 }, (_, index) => ({ datastream: rows[index % rows.length]!.id, phenomenonTime: new Date(base - Math.floor(index / rows.length) * 1_000).toISOString(), result: index % 100 }));
		const stalled = await streamFor('layers=traffic_sensors');
		const reading = readEvents(await streamFor('layers=traffic_sensors'), readings.length + 1, 10_000);
		// One large batch reaches a client that keeps up, even though it is more than the limit at once.
		await ingest(db(), readings, everything);
		await new Promise((resolve) => setTimeout(resolve, 300));
		await ingest(db(), [{ datastream: rows[0]!.id, phenomenonTime: new Date(base + 1_000).toISOString(), result: 1 }], everything);
		expect((await reading).observations).toHaveLength(readings.length + 1);
		// The stalled client still had the first batch queued when the second came: it was dropped. What was queued
		// is still readable, then the stream ends without the second batch.
		const { observations: queued } = await readEvents(stalled, readings.length + 1, 3_000);
		expect(queued).toHaveLength(readings.length);
	});

	it('rejects a malformed filter with 400', async () => {
		const url = new URL('http://x/api/stream?bbox=1,2,3');
		expect((await streamResponse(new Request(url), url)).status).toBe(400);
	});
});

describe('ChirpStack integration', () => {
	const uplink = (deduplicationId: string, time: string) => ({
		deduplicationId,
		time,
		deviceInfo: { deviceProfileName: 'atlas-water-level', devEui: '0102030405060708', deviceName: 'usti-labe', tags: { layer: 'flood_gauges', feature: '221000' } },
		fCnt: 17,
		object: { levelCm: 412, flowM3s: 640.5, batteryV: 3.6 }
	});

	it('stores the decoded object through the profile mapping, like HTTP ingest, once per deduplicationId', async () => {
		const time = at(9);
		const dedup = `dedup-${Date.now()}`;
		const { chirpstackResponse } = await import('../../src/lib/server/telemetry/chirpstack');
		const first = await (await chirpstackResponse('up', uplink(dedup, time), everything)).json();
		expect(first).toMatchObject({ accepted: 2, rejected: 0 });
		const again = await (await chirpstackResponse('up', uplink(dedup, time), everything)).json();
		expect(again).toMatchObject({ accepted: 0, duplicate: 2 });
		const { rows } = await pool.query('SELECT datastream_id, value FROM observation WHERE phenomenon_time = $1 AND datastream_id = ANY($2) ORDER BY datastream_id', [time, [labeStage, labeDischarge]]);
		expect(rows).toHaveLength(2);
		expect(rows).toEqual(expect.arrayContaining([
			{ datastream_id: labeStage, value: 412 },
			{ datastream_id: labeDischarge, value: 640.5 }
		]));
		const viaHttp = await ingest(db(), [{ datastream: labeStage, phenomenonTime: time, result: 412 }], everything);
		expect(viaHttp.duplicate).toBe(1);
	});

	it('acknowledges other events and rejects uplinks it cannot map', async () => {
		const { chirpstackResponse } = await import('../../src/lib/server/telemetry/chirpstack');
		expect((await chirpstackResponse('join', {}, everything)).status).toBe(204);
		expect((await chirpstackResponse('up', { deduplicationId: 'x' }, everything)).status).toBe(400);
		const unknown = uplink(`unmapped-${Date.now()}`, at(1));
		unknown.deviceInfo.deviceProfileName = 'nobody';
		expect((await chirpstackResponse('up', unknown, everything)).status).toBe(422);
	});
});

describe('history', () => {
	it('returns raw readings and hourly buckets with mean, min and max', async () => {
		const { rows } = await pool.query<{ id: number }>(
			"SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'rain_gauges' AND d.observed_property = 'rainfall' ORDER BY d.id DESC LIMIT 1"
		);
		const datastream = rows[0]!.id;
		const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000);
		const readings = [0, 10, 20, 30, 40, 50].map((minute, index) => ({ datastream, phenomenonTime: new Date(hour.getTime() + minute * 60_000).toISOString(), result: index }));
		await ingest(db(), readings, everything);
		const { historyResponse } = await import('../../src/lib/server/telemetry/history');
		const range = `from=${hour.toISOString()}&to=${new Date(hour.getTime() + 3_600_000).toISOString()}`;
		const raw = await (await historyResponse(String(datastream), new URL(`http://x/?${range}&resolution=raw`))).json();
		expect(raw.points.map((point: { mean: number }) => point.mean)).toEqual([0, 1, 2, 3, 4, 5]);
		const hourly = await (await historyResponse(String(datastream), new URL(`http://x/?${range}&resolution=1h`))).json();
		expect(hourly.points).toEqual([{ time: hour.toISOString(), mean: 2.5, min: 0, max: 5, count: 6 }]);
		expect((await historyResponse(String(datastream), new URL('http://x/?resolution=5s'))).status).toBe(400);
		expect((await historyResponse('99999999', new URL('http://x/'))).status).toBe(404);
	});
});
