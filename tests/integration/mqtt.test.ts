import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import mqtt, { type MqttClient } from 'mqtt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, db } from '../../src/lib/server/db/pool';
import { ingest } from '../../src/lib/server/telemetry/ingest';
import { readingsOf, startMqttIngest } from '../../src/lib/server/telemetry/mqtt';

const MOSQUITTO = '/usr/sbin/mosquitto';
const PORT = 18_830;
const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
let broker: ChildProcess;
let subscriber: MqttClient;
let publisher: MqttClient;
let datastream: number;
const logged: string[] = [];

beforeAll(async () => {
	if (!existsSync(MOSQUITTO)) throw new Error(`Mosquitto is missing: run npm test (src/cli/setup-system.ts installs it) or apt-get install -y mosquitto.`);
	broker = spawn(MOSQUITTO, ['-p', String(PORT)], { stdio: 'ignore' });
	const { rows } = await pool.query<{ id: number }>("SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'flood_gauges' AND d.observed_property = 'discharge' ORDER BY d.id LIMIT 1");
	datastream = rows[0]!.id;
	const ingest = startMqttIngest(`mqtt://127.0.0.1:${PORT}`, (line) => logged.push(line));
	subscriber = ingest.client;
	await ingest.subscribed;
	publisher = await mqtt.connectAsync(`mqtt://127.0.0.1:${PORT}`);
});

afterAll(async () => {
	await publisher?.endAsync();
	await subscriber?.endAsync();
	broker?.kill();
	await pool.end();
	await closeDb();
});

const stored = async (time: string) =>
	(await pool.query<{ value: number }>('SELECT value FROM observation WHERE datastream_id = $1 AND phenomenon_time = $2', [datastream, time])).rows;

describe('MQTT ingest', () => {
	it('stores a published reading the same way as HTTP ingest', async () => {
		const time = new Date(Date.now() - 11 * 60_000).toISOString();
		await publisher.publishAsync(`atlas/datastreams/${datastream}/observations`, JSON.stringify({ phenomenonTime: time, result: 77.5 }), { qos: 1 });
		await expect.poll(() => stored(time), { timeout: 5_000 }).toEqual([{ value: 77.5 }]);
		const viaHttp = await ingest(db(), [{ datastream, phenomenonTime: time, result: 77.5 }], { keyId: 0 });
		expect(viaHttp.duplicate).toBe(1);
	});

	it('validates like HTTP: a reading outside the physical range is rejected and logged', async () => {
		const time = new Date(Date.now() - 12 * 60_000).toISOString();
		await publisher.publishAsync(`atlas/datastreams/${datastream}/observations`, JSON.stringify([{ phenomenonTime: time, result: -5 }]), { qos: 1 });
		await expect.poll(() => logged.some((line) => line.includes('physical range')), { timeout: 5_000 }).toBe(true);
		expect(await stored(time)).toEqual([]);
	});

	it('explains messages it cannot read', () => {
		expect(readingsOf('atlas/other', Buffer.from('{}'))).toContain('not atlas/datastreams');
		expect(readingsOf('atlas/datastreams/1/observations', Buffer.from('{'))).toContain('not JSON');
		expect(readingsOf('atlas/datastreams/1/observations', Buffer.from('{"phenomenonTime":"2026-01-01T00:00:00Z","result":1}'))).toEqual([
			{ datastream: 1, phenomenonTime: '2026-01-01T00:00:00Z', result: 1 }
		]);
	});
});
