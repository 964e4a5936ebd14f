import pg from 'pg';
import { db } from '../db/pool';
import { alertStatus, type AlertStatus } from '$lib/flood/alerts';
import { alertsByIds } from '../flood/alerts';
import { ALERT_CHANNEL } from '../flood/watch';
import { afterBatch, eventsAfter, streamLogBounds, type StreamEvent } from './stream-log';

export type { StreamEvent } from './stream-log';

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
	/** `continued`: a further page of the batches just announced, not a new delivery. */
	observations(events: StreamEvent[], continued: boolean): void;
	alerts(events: AlertEvent[]): void;
}
type Closer = () => void;

/** Readings read from the log per query, so a large batch does not arrive as one huge result. */
const PAGE = 5_000;

/**
 * One LISTEN connection per app instance: every committed batch announces its stream position, the hub reads the
 * batches once, in commit order, and hands them to every subscriber; alert changes arrive the same way, as alert
 * ids. Several instances each listen, so each streams every reading.
 */
class StreamHub {
	readonly #subscribers = new Set<Subscriber>();
	readonly #closers = new Map<Subscriber, Closer>();
	#client?: pg.Client;
	#connecting?: Promise<void>;
	/** The newest batch handed to subscribers; what the log holds beyond it is read on the next announcement. */
	#delivered?: number;
	/** Deliveries run one after another, so subscribers see batches in commit order. */
	#deliveries: Promise<void> = Promise.resolve();

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
				const position = Number(message.payload);
				if (Number.isSafeInteger(position)) this.#deliverUpTo(position);
			});
			await client.connect();
			await client.query(`LISTEN atlas_observations; LISTEN ${ALERT_CHANNEL}`);
			// Only now is every later commit announced; what committed while the connection was down is caught up.
			const { newest } = await streamLogBounds();
			this.#client = client;
			if (this.#delivered === undefined) this.#delivered = newest;
			else this.#deliverUpTo(newest);
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

	#deliverUpTo(batch: number) {
		this.#deliveries = this.#deliveries.then(async () => {
			const from = this.#delivered;
			if (from === undefined || batch <= from) return;
			let cursor = afterBatch(from);
			try {
				for (let continued = false; ; continued = true) {
					const events = await eventsAfter(cursor, batch, PAGE);
					if (events.length > 0) for (const subscriber of this.#subscribers) subscriber.observations(events, continued);
					if (events.length < PAGE) break;
					cursor = events.at(-1)!;
				}
				this.#delivered = batch;
			} catch (error) {
				// Left undelivered: the next announcement reads the same batches again, subscribers skip what they have.
				console.warn(`live stream: reading batches after ${from} failed: ${(error as Error).message}`);
			}
		});
	}

	async #deliverAlerts(ids: number[]) {
		const events = await alertEvents(ids).catch(() => []);
		if (events.length === 0) return;
		for (const subscriber of this.#subscribers) subscriber.alerts(events);
	}
}

export const streamHub = new StreamHub();
