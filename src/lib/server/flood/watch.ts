import type pg from 'pg';
import { SEVERITY, type AlertKind } from '$lib/flood/alerts';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { evaluateLevelGauge, evaluateRainGauge, type Evaluation, type Series } from './evaluate';

/** Channel on which committed alert changes are announced (payload: alert ids), for the live stream. */
export const ALERT_CHANNEL = 'atlas_alerts';

const MINUTE = 60_000;
const UNITS: Record<string, string> = { stage: 'cm', discharge: 'm³/s', rainfall: 'mm' };

interface GaugeContext {
	sensor_id: number;
	layer: 'flood_gauges' | 'rain_gauges';
	observed_at: Date | null;
	basis: 'stage' | 'discharge';
	hysteresis_pct: string;
	rise_cm: string;
	rise_minutes: number;
	rain_1h_mm: string;
	rain_24h_mm: string;
	max_jump_cm: string;
	flat_minutes: number;
	thresholds: (number | null)[];
	open_kinds: AlertKind[];
	datastreams: Record<string, { id: number; minutes: number }>;
}

export interface StoredReading {
	datastream_id: number;
	phenomenon_time: Date;
}

/**
 * Judges the gauges a batch of stored readings belongs to, inside the batch's transaction (so the state and the
 * readings commit together), and writes the alert changes. Returns the ids of alerts raised or cleared.
 */
export async function evaluateFloodWatch(client: pg.PoolClient, stored: StoredReading[]): Promise<number[]> {
	const datastreamIds = [...new Set(stored.map((reading) => reading.datastream_id))];
	if (datastreamIds.length === 0) return [];
	await client.query(
		`INSERT INTO flood_state (sensor_id)
		 SELECT DISTINCT d.sensor_id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id
		 WHERE d.id = ANY ($1::integer[]) AND s.layer IN ('flood_gauges', 'rain_gauges')
		 ON CONFLICT (sensor_id) DO NOTHING`,
		[datastreamIds]
	);
	const locked = (await client.query<GaugeContext>(sqlFile('sql/queries/flood_context.sql'), [datastreamIds])).rows;

	// Only readings newer than what a gauge was last judged on can change it; a backfill of older ones is history.
	const firstFresh = new Map<number, number>();
	const streamGauge = new Map(locked.flatMap((gauge) => Object.values(gauge.datastreams).map((stream) => [stream.id, gauge] as const)));
	for (const reading of stored) {
		const gauge = streamGauge.get(reading.datastream_id);
		const time = reading.phenomenon_time.getTime();
		if (!gauge || time <= (gauge.observed_at?.getTime() ?? -Infinity)) continue;
		firstFresh.set(gauge.sensor_id, Math.min(firstFresh.get(gauge.sensor_id) ?? Infinity, time));
	}
	const gauges = locked.filter((gauge) => firstFresh.has(gauge.sensor_id));
	if (gauges.length === 0) return [];

	const fresh = new Set(stored.map((reading) => `${reading.datastream_id}|${reading.phenomenon_time.getTime()}`));
	const windows = gauges.flatMap((gauge) => {
		const lookBack = gauge.layer === 'rain_gauges' ? 24 * 60 : Math.max(gauge.flat_minutes, 1.5 * gauge.rise_minutes, 60);
		return Object.values(gauge.datastreams).map((stream) => ({ id: stream.id, since: new Date(firstFresh.get(gauge.sensor_id)! - lookBack * MINUTE) }));
	});
	const { rows } = await client.query<{ datastream_id: number; phenomenon_time: Date; value: number }>(sqlFile('sql/queries/flood_history.sql'), [
		windows.map((window) => window.id),
		windows.map((window) => window.since)
	]);
	const readings = new Map<number, typeof rows>();
	for (const row of rows) {
		const list = readings.get(row.datastream_id);
		if (list) list.push(row);
		else readings.set(row.datastream_id, [row]);
	}

	const series = (gauge: GaugeContext, property: string): Series => {
		const stream = gauge.datastreams[property];
		const judgedUntil = gauge.observed_at?.getTime() ?? -Infinity;
		const result: Series = { history: [], fresh: [], intervalMinutes: stream?.minutes ?? 10 };
		for (const row of (stream && readings.get(stream.id)) ?? []) {
			const sample = { time: row.phenomenon_time.getTime(), value: row.value };
			const isFresh = sample.time > judgedUntil && fresh.has(`${row.datastream_id}|${sample.time}`);
			(isFresh ? result.fresh : result.history).push(sample);
		}
		// Late readings older than what was already judged count as history only.
		result.history = result.history.filter((sample) => result.fresh.length === 0 || sample.time < result.fresh[0]!.time);
		return result;
	};

	const changed: number[] = [];
	for (const gauge of gauges) {
		const open = new Set(gauge.open_kinds);
		const evaluation =
			gauge.layer === 'rain_gauges'
				? evaluateRainGauge({ rain1hMm: Number(gauge.rain_1h_mm), rain24hMm: Number(gauge.rain_24h_mm) }, series(gauge, 'rainfall'), open)
				: evaluateLevelGauge(
						{
							thresholds: [0, 1, 2, 3].map((index) => gauge.thresholds[index] ?? null) as [number | null, number | null, number | null, number | null],
							hysteresisPct: Number(gauge.hysteresis_pct),
							riseCm: Number(gauge.rise_cm),
							riseMinutes: gauge.rise_minutes,
							maxJumpCm: Number(gauge.max_jump_cm),
							flatMinutes: gauge.flat_minutes
						},
						series(gauge, 'stage'),
						gauge.basis,
						series(gauge, 'discharge'),
						open
					);
		changed.push(...(await store(client, gauge, evaluation)));
	}
	return changed;
}

function unitOf(gauge: GaugeContext, kind: AlertKind): string | null {
	if (gauge.layer === 'rain_gauges') return kind === 'stale' ? null : UNITS.rainfall!;
	if (kind === 'rise' || kind === 'fault') return UNITS.stage!;
	return kind === 'stale' ? null : UNITS[gauge.basis]!;
}

async function store(client: pg.PoolClient, gauge: GaugeContext, evaluation: Evaluation): Promise<number[]> {
	const changed: number[] = [];
	for (const transition of evaluation.transitions) {
		const at = new Date(transition.at.time);
		const result =
			transition.type === 'raise'
				? await client.query<{ id: string }>(sqlFile('sql/queries/flood_alert_raise.sql'), [
						gauge.sensor_id,
						transition.kind,
						SEVERITY[transition.kind],
						transition.threshold,
						unitOf(gauge, transition.kind),
						at,
						transition.at.value,
						transition.details ?? {}
					])
				: await client.query<{ id: string }>(sqlFile('sql/queries/flood_alert_clear.sql'), [gauge.sensor_id, transition.kind, at, transition.at.value]);
		changed.push(...result.rows.map((row) => Number(row.id)));
	}
	for (const [kind, peak] of evaluation.peaks) {
		await client.query(sqlFile('sql/queries/flood_alert_peak.sql'), [gauge.sensor_id, kind, new Date(peak.time), peak.value]);
	}
	const newest = evaluation.latest ? new Date(evaluation.latest.time) : null;
	await client.query(sqlFile('sql/queries/flood_state_update.sql'), [gauge.sensor_id, evaluation.level, evaluation.quality, evaluation.latest?.value ?? null, evaluation.ratePerHour, newest]);
	return changed;
}

/** Opens `stale` alerts for gauges that went quiet; the app runs it every minute. Returns the new alerts' ids. */
export async function sweepStaleGauges(db: Queryable, now = new Date()): Promise<number[]> {
	const { rows } = await db.query<{ id: string }>(sqlFile('sql/queries/flood_stale.sql'), [now]);
	const ids = rows.map((row) => Number(row.id));
	if (ids.length > 0) await db.query('SELECT pg_notify($1, $2)', [ALERT_CHANNEL, ids.join(',')]);
	return ids;
}
