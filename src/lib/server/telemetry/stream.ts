import pg from 'pg';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { alertStatus, type AlertStatus } from '$lib/flood/alerts';
import { alertsByIds } from '../flood/alerts';
import { ALERT_CHANNEL } from '../flood/watch';

export interface StreamEvent {
	seq: number;
	datastream: number;
	property: string;
	unit: string;
	sensor: number;
	layer: string;
	feature: number;
	lon: number;
	lat: number;
	time: string;
	value: number;
}

export interface StreamFilter {
	layers?: Set<string>;
	sensors?: Set<number>;
	bbox?: [number, number, number, number];
}

export function matches(event: Pick<StreamEvent, 'layer' | 'sensor' | 'lon' | 'lat'>, filter: StreamFilter): boolean {
	if (filter.layers && !filter.layers.has(event.layer)) return false;
	if (filter.sensors && !filter.sensors.has(event.sensor)) return false;
	if (filter.bbox) {
		const [west, south, east, north] = filter.bbox;
		if (event.lon < west || event.lon > east || event.lat < south || event.lat > north) return false;
	}
	return true;
}

type Row = { seq: string; datastream_id: number; observed_property: string; unit_symbol: string; sensor_id: number; layer: string; feature_id: number; lon: number; lat: number; phenomenon_time: Date; value: number };

const toEvent = (row: Row): StreamEvent => ({
	seq: Number(row.seq),
	datastream: row.datastream_id,
	property: row.observed_property,
	unit: row.unit_symbol,
	sensor: row.sensor_id,
	layer: row.layer,
	feature: row.feature_id,
	lon: row.lon,
	lat: row.lat,
	time: row.phenomenon_time.toISOString(),
	value: row.value
});

/** Readings stored after `afterSeq` (up to `untilSeq`), for replay after a reconnect. */
export async function eventsBetween(afterSeq: number, untilSeq = Number.MAX_SAFE_INTEGER, limit = 10_000): Promise<StreamEvent[]> {
	const { rows } = await db().query<Row>(sqlFile('sql/queries/stream_events.sql'), [afterSeq, untilSeq, limit]);
	return rows.map(toEvent);
}

/** An alert as the public stream tells it: what, where, how bad, since when; never who acknowledged or their notes. */
export interface AlertEvent {
	id: number;
	sensor: number;
	layer: string;
	feature: number;
	lon: number;
	lat: number;
	kind: string;
	severity: number;
	status: AlertStatus;
	threshold: number | null;
	unit: string | null;
	startedAt: string;
	endedAt: string | null;
	peakValue: number | null;
}

export async function alertEvents(ids: number[]): Promise<AlertEvent[]> {
	const rows = await alertsByIds(db(), ids);
	return rows.map((alert) => ({
		id: alert.id,
		sensor: alert.sensor,
		layer: alert.layer,
		feature: alert.feature,
		lon: alert.lon,
		lat: alert.lat,
		kind: alert.kind,
		severity: alert.severity,
		status: alertStatus(alert),
		threshold: alert.threshold,
		unit: alert.unit,
		startedAt: alert.startedAt.toISOString(),
		endedAt: alert.endedAt?.toISOString() ?? null,
		peakValue: alert.peakValue
	}));
}

interface Subscriber {
	observations(events: StreamEvent[]): void;
	alerts(events: AlertEvent[]): void;
}
type Closer = () => void;

/**
 * One LISTEN connection per app instance: every committed batch announces its seq range, the hub reads those
 * rows once and hands them to every subscriber; alert changes arrive the same way, as alert ids. Several instances each listen, so each streams every reading.
 */
class StreamHub {
	readonly #subscribers = new Set<Subscriber>();
	readonly #closers = new Map<Subscriber, Closer>();
	#client?: pg.Client;
	#connecting?: Promise<void>;
	/** Highest seq handed out, to catch up on what was committed while the LISTEN connection was down. */
	#lastSeq?: number;

	/** `close` ends the client's response when the app shuts down, so open streams do not hold the exit up. */
	subscribe(subscriber: Subscriber, close: Closer): () => void {
		this.#subscribers.add(subscriber);
		this.#closers.set(subscriber, close);
		void this.#listen();
		return () => {
			this.#subscribers.delete(subscriber);
			this.#closers.delete(subscriber);
		};
	}

	/** Ends every open stream (clients reconnect elsewhere with Last-Event-ID). */
	endStreams() {
		for (const close of [...this.#closers.values()]) close();
	}

	/** Resolves once notifications are being received. */
	ready(): Promise<void> {
		return this.#listen();
	}

	#listen(): Promise<void> {
		this.#connecting ??= (async () => {
			const client = new pg.Client({ ...db().options, application_name: 'region-atlas stream' });
			const reset = () => {
				if (this.#client !== client) return;
				this.#client = undefined;
				this.#connecting = undefined;
				if (this.#subscribers.size > 0) setTimeout(() => void this.#listen().catch(() => {}), 1_000).unref();
			};
			client.on('error', reset);
			client.on('end', reset);
			client.on('notification', (message) => {
				if (message.channel === ALERT_CHANNEL) return void this.#deliverAlerts((message.payload ?? '').split(',').map(Number).filter(Number.isSafeInteger));
				const [from, to] = (message.payload ?? '').split('-').map(Number);
				if (Number.isFinite(from) && Number.isFinite(to)) void this.#deliver(from! - 1, to!);
			});
			await client.connect();
			await client.query(`LISTEN atlas_observations; LISTEN ${ALERT_CHANNEL}`);
			this.#client = client;
			if (this.#lastSeq !== undefined) void this.#deliver(this.#lastSeq, Number.MAX_SAFE_INTEGER);
		})().catch((error) => {
			this.#connecting = undefined;
			throw error;
		});
		return this.#connecting;
	}

	async close(): Promise<void> {
		this.endStreams();
		this.#subscribers.clear();
		const client = this.#client;
		this.#client = undefined;
		await client?.end().catch(() => {});
	}

	async #deliver(afterSeq: number, untilSeq: number) {
		const events = await eventsBetween(afterSeq, untilSeq).catch(() => []);
		if (events.length === 0) return;
		this.#lastSeq = Math.max(this.#lastSeq ?? 0, ...events.map((event) => event.seq));
		for (const subscriber of this.#subscribers) subscriber.observations(events);
	}

	async #deliverAlerts(ids: number[]) {
		const events = await alertEvents(ids).catch(() => []);
		if (events.length === 0) return;
		for (const subscriber of this.#subscribers) subscriber.alerts(events);
	}
}

export const streamHub = new StreamHub();
