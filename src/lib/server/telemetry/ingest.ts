import { z } from 'zod';
import type pg from 'pg';
import { sqlFile } from '../db/sql-file';
import { ALERT_CHANNEL, evaluateFloodWatch } from '../flood/watch';
import type { KeyScope } from './keys';
import { appendToStreamLog } from './stream-log';

/** A reading as submitted, before it is checked against its datastream. */
export interface Reading {
	datastream: unknown;
	phenomenonTime: unknown;
	result: unknown;
}

export type ItemResult =
	| { index: number; status: 'accepted' | 'duplicate' }
	| { index: number; status: 'rejected'; code: 400 | 403 | 422; reason: string };

export interface IngestReport {
	accepted: number;
	duplicate: number;
	rejected: number;
	items: ItemResult[];
}

const MAX_FUTURE_MS = 5 * 60 * 1000;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const createObservations = z.array(
	z.object({
		Datastream: z.object({ '@iot.id': z.unknown() }),
		components: z.array(z.string()).refine((components) => components.includes('phenomenonTime') && components.includes('result'), {
			message: 'components must include phenomenonTime and result'
		}),
		dataArray: z.array(z.array(z.unknown()))
	})
);
const plainList = z.array(z.object({ datastream: z.unknown(), phenomenonTime: z.unknown(), result: z.unknown() }));

/**
 * Accepts SensorThings `CreateObservations` (`[{Datastream:{@iot.id}, components, dataArray}]`) or a plain list
 * (`[{datastream, phenomenonTime, result}]`). Returns the readings in order, or what is wrong with the body.
 */
export function parseBody(body: unknown): { ok: true; readings: Reading[] } | { ok: false; message: string } {
	if (!Array.isArray(body)) return { ok: false, message: 'The body must be a JSON array (SensorThings CreateObservations or a list of {datastream, phenomenonTime, result}).' };
	if (body.length > 0 && typeof body[0] === 'object' && body[0] !== null && 'Datastream' in body[0]) {
		const parsed = createObservations.safeParse(body);
		if (!parsed.success) return { ok: false, message: `Not a valid CreateObservations body: ${parsed.error.issues[0]?.path.map(String).join(".")} ${parsed.error.issues[0]?.message}` };
		return {
			ok: true,
			readings: parsed.data.flatMap((group) => {
				const time = group.components.indexOf('phenomenonTime');
				const result = group.components.indexOf('result');
				return group.dataArray.map((row) => ({ datastream: group.Datastream['@iot.id'], phenomenonTime: row[time], result: row[result] }));
			})
		};
	}
	const parsed = plainList.safeParse(body);
	if (!parsed.success) return { ok: false, message: `Item ${String(parsed.error.issues[0]?.path[0])}: ${parsed.error.issues[0]?.message}` };
	return { ok: true, readings: parsed.data };
}

interface Valid {
	index: number;
	datastream: number;
	time: Date;
	value: number;
}

/** Datastream ids are PostgreSQL integers. */
const MAX_ID = 2_147_483_647;

/** Checks what needs no database: types, time format, not more than 5 minutes in the future. */
function checkShape(reading: Reading, index: number, now: number): Valid | ItemResult {
	const reject = (reason: string): ItemResult => ({ index, status: 'rejected', code: 400, reason });
	if (typeof reading.datastream !== 'number' || !Number.isInteger(reading.datastream) || reading.datastream <= 0 || reading.datastream > MAX_ID) {
		return reject('datastream must be a positive integer id');
	}
	if (typeof reading.phenomenonTime !== 'string' || !ISO_WITH_ZONE.test(reading.phenomenonTime)) return reject('phenomenonTime must be an ISO 8601 time with a time zone, e.g. 2026-11-22T10:00:00Z');
	const time = new Date(reading.phenomenonTime);
	if (Number.isNaN(time.getTime())) return reject('phenomenonTime is not a valid date');
	if (time.getTime() > now + MAX_FUTURE_MS) return reject('phenomenonTime is more than 5 minutes in the future');
	if (typeof reading.result !== 'number' || !Number.isFinite(reading.result)) return reject('result must be a finite number');
	return { index, datastream: reading.datastream, time, value: reading.result };
}

const knownMonths = new Set<string>();

/** Told the ids of alerts a committed batch raised or cleared (notifications); set by the app at start-up. */
let onAlertsCommitted: (alertIds: number[]) => void = () => {};
export function whenAlertsCommitted(listener: (alertIds: number[]) => void): void {
	onAlertsCommitted = listener;
}

/**
 * Validates every reading, stores the valid ones in one transaction and reports each item. Returns only after
 * COMMIT, so an acknowledged reading is durable; the commit also wakes the live stream (NOTIFY). The flood watch
 * judges the affected gauges in the same transaction, so state and alerts never lag behind the readings.
 */
export async function ingest(pool: pg.Pool, readings: Reading[], scope: KeyScope): Promise<IngestReport> {
	const now = Date.now();
	const results: ItemResult[] = [];
	const candidates: Valid[] = [];
	readings.forEach((reading, index) => {
		const checked = checkShape(reading, index, now);
		if ('status' in checked) results.push(checked);
		else candidates.push(checked);
	});

	const client = await pool.connect();
	try {
		const ids = [...new Set(candidates.map((candidate) => candidate.datastream))];
		const { rows } = await client.query<{ id: number; min_value: number; max_value: number }>(
			'SELECT id, min_value, max_value FROM datastream WHERE id = ANY($1::integer[])',
			[ids]
		);
		const datastreams = new Map(rows.map((row) => [row.id, row]));
		const valid: Valid[] = [];
		for (const candidate of candidates) {
			const datastream = datastreams.get(candidate.datastream);
			if (!datastream) results.push({ index: candidate.index, status: 'rejected', code: 422, reason: `unknown datastream ${candidate.datastream}` });
			else if (scope.datastreams && !scope.datastreams.has(candidate.datastream)) results.push({ index: candidate.index, status: 'rejected', code: 403, reason: `this key may not write datastream ${candidate.datastream}` });
			else if (candidate.value < datastream.min_value || candidate.value > datastream.max_value) {
				results.push({ index: candidate.index, status: 'rejected', code: 422, reason: `result ${candidate.value} is outside the physical range ${datastream.min_value}…${datastream.max_value} of datastream ${candidate.datastream}` });
			} else valid.push(candidate);
		}

		if (valid.length > 0) {
			await ensurePartitions(client, valid);
			await client.query('BEGIN');
			try {
				const inserted = await client.query<{ ordinal: string; seq: string }>(sqlFile('sql/queries/ingest_observations.sql'), [
					valid.map((reading) => reading.datastream),
					valid.map((reading) => reading.time.getTime()),
					valid.map((reading) => reading.value)
				]);
				const stored = inserted.rows.map((row) => ({ reading: valid[Number(row.ordinal) - 1]!, seq: row.seq }));
				const alerts = await evaluateFloodWatch(client, stored.map(({ reading }) => ({ datastream_id: reading.datastream, phenomenon_time: reading.time })));
				if (alerts.length > 0) await client.query('SELECT pg_notify($1, $2)', [ALERT_CHANNEL, alerts.join(',')]);
				if (stored.length > 0) await appendToStreamLog(client, stored.map(({ seq }) => seq));
				await client.query('COMMIT');
				if (alerts.length > 0) onAlertsCommitted(alerts);
				const accepted = new Set(stored.map(({ reading }) => reading.index));
				for (const reading of valid) results.push({ index: reading.index, status: accepted.has(reading.index) ? 'accepted' : 'duplicate' });
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			}
		}
	} finally {
		client.release();
	}

	results.sort((a, b) => a.index - b.index);
	return {
		accepted: results.filter((item) => item.status === 'accepted').length,
		duplicate: results.filter((item) => item.status === 'duplicate').length,
		rejected: results.filter((item) => item.status === 'rejected').length,
		items: results
	};
}

async function ensurePartitions(client: pg.PoolClient, readings: Valid[]) {
	const months = new Set(readings.map(({ time }) => `${time.getUTCFullYear()}-${String(time.getUTCMonth() + 1).padStart(2, '0')}`));
	for (const month of months) {
		if (knownMonths.has(month)) continue;
		await client.query('SELECT ensure_observation_partition($1::timestamptz)', [`${month}-01T00:00:00Z`]);
		knownMonths.add(month);
	}
}
