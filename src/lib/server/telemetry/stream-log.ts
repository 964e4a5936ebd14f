import type pg from 'pg';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';

/**
 * Where a reading sits in the live stream: its ingest batch's position in commit order, then its place in the
 * batch. It is the SSE event id (`batch-ordinal`), so a reconnecting client says exactly where it stopped.
 */
export interface StreamPosition {
	batch: number;
	ordinal: number;
}

/** After every reading of the batch: what a bare batch number in Last-Event-ID means. */
export function afterBatch(batch: number): StreamPosition {
	return { batch, ordinal: 2_147_483_647 };
}

export function formatPosition(position: StreamPosition): string {
	return `${position.batch}-${position.ordinal}`;
}

/** `batch-ordinal` or a bare `batch`; undefined when the text is not a position this stream hands out. */
export function parsePosition(text: string): StreamPosition | undefined {
	const match = /^(\d{1,15})(?:-(\d{1,10}))?$/.exec(text);
	if (!match) return undefined;
	return match[2] === undefined ? afterBatch(Number(match[1])) : { batch: Number(match[1]), ordinal: Number(match[2]) };
}

export function isAfter(a: StreamPosition, b: StreamPosition): boolean {
	return a.batch > b.batch || (a.batch === b.batch && a.ordinal > b.ordinal);
}

export interface StreamEvent extends StreamPosition {
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

type Row = {
	position: string;
	ordinal: string;
	seq: string;
	datastream_id: number;
	observed_property: string;
	unit_symbol: string;
	sensor_id: number;
	layer: string;
	feature_id: number;
	lon: number;
	lat: number;
	phenomenon_time: Date;
	value: number;
};

const toEvent = (row: Row): StreamEvent => ({
	batch: Number(row.position),
	ordinal: Number(row.ordinal),
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

/**
 * Logs the readings an ingest transaction stored and wakes every instance's stream; must be its last statement
 * before COMMIT, because the position is drawn under a lock that COMMIT releases.
 */
export async function appendToStreamLog(client: pg.PoolClient, seqs: string[]): Promise<number> {
	const { rows } = await client.query<{ position: string }>(sqlFile('sql/queries/stream_append.sql'), [seqs]);
	return Number(rows[0]!.position);
}

/** Readings after `after`, in commit order, up to batch `untilBatch`, at most `limit`. */
export async function eventsAfter(after: StreamPosition, untilBatch = Number.MAX_SAFE_INTEGER, limit = 5_000): Promise<StreamEvent[]> {
	const { rows } = await db().query<Row>(sqlFile('sql/queries/stream_events.sql'), [after.batch, after.ordinal, untilBatch, limit]);
	return rows.map(toEvent);
}

/** The newest committed batch and the oldest one still kept for replay (0 when the log is empty). */
export async function streamLogBounds(): Promise<{ newest: number; oldest: number }> {
	const { rows } = await db().query<{ newest: string; oldest: string }>(
		'SELECT coalesce(max(position), 0) AS newest, coalesce(min(position), 0) AS oldest FROM stream_batch'
	);
	return { newest: Number(rows[0]!.newest), oldest: Number(rows[0]!.oldest) };
}

/** How long a disconnected client can come back and have what it missed replayed. */
export const REPLAY_RETENTION_HOURS = 24;
const PRUNE_EVERY_MS = 15 * 60_000;

/** Drops log entries older than the replay window; the readings themselves stay. Returns how many went. */
export async function pruneStreamLog(): Promise<number> {
	const { rowCount } = await db().query('DELETE FROM stream_batch WHERE committed_at < now() - make_interval(hours => $1)', [REPLAY_RETENTION_HOURS]);
	return rowCount ?? 0;
}

/** Prunes the replay log every quarter of an hour. */
export function startStreamLogRetention(): { stop(): void } {
	const prune = () => pruneStreamLog().catch((error: Error) => console.warn(`live stream: pruning the replay log failed: ${error.message}`));
	const timer = setInterval(prune, PRUNE_EVERY_MS);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
