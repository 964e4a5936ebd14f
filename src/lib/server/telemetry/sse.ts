import { jsonError } from '../http';
import { matches, streamHub, type StreamFilter } from './stream';
import { REPLAY_RETENTION_HOURS, afterBatch, eventsAfter, formatPosition, isAfter, parsePosition, streamLogBounds, type StreamEvent, type StreamPosition } from './stream-log';

const HEARTBEAT_MS = 15_000;
/** Matching readings replayed after a reconnect at most, and readings read to find them; beyond, the client reloads. */
const REPLAY_LIMIT = 20_000;
const REPLAY_SCAN_LIMIT = 200_000;
const REPLAY_PAGE = 5_000;
/**
 * Bytes still queued for a client when the next live delivery comes: more, and it counts as too slow and is
 * dropped (it resumes with Last-Event-ID), so it cannot hold the others back. Checked per delivery, not per frame:
 * one large batch may exceed it and still reach a client that keeps up.
 */
const MAX_QUEUED_BYTES = 1024 * 1024;

function parseFilter(url: URL): StreamFilter | string {
	const filter: StreamFilter = {};
	const layers = url.searchParams.get('layers');
	if (layers) filter.layers = new Set(layers.split(','));
	const sensors = url.searchParams.get('sensors');
	if (sensors) {
		const ids = sensors.split(',').map(Number);
		if (ids.some((id) => !Number.isInteger(id) || id <= 0)) return 'sensors must be a comma-separated list of sensor ids';
		filter.sensors = new Set(ids);
	}
	const bbox = url.searchParams.get('bbox');
	if (bbox) {
		const values = bbox.split(',').map(Number);
		if (values.length !== 4 || values.some((value) => !Number.isFinite(value)) || values[0]! > values[2]! || values[1]! > values[3]!) {
			return 'bbox must be west,south,east,north in degrees';
		}
		filter.bbox = values as [number, number, number, number];
	}
	return filter;
}

const encoder = new TextEncoder();
/** Each event is serialised once, however many clients receive it. */
const frames = new WeakMap<StreamEvent, string>();
function frame(event: StreamEvent): string {
	let text = frames.get(event);
	if (text === undefined) {
		text = `id: ${formatPosition(event)}\nevent: observation\ndata: ${JSON.stringify(event)}\n\n`;
		frames.set(event, text);
	}
	return text;
}

interface Chunk {
	bytes: Uint8Array;
	count: number;
}
/**
 * What one delivery is for one filter, as a single chunk: the clients that share a filter share its bytes, and a
 * client takes one write per delivery instead of one per reading (200 clients at 1,000 readings/s were 200,000
 * writes a second).
 */
const chunks = new WeakMap<StreamEvent[], Map<string, Chunk>>();
function encodeMatching(events: StreamEvent[], filter: StreamFilter): Chunk {
	const matching = events.filter((event) => matches(event, filter));
	return { bytes: encoder.encode(matching.map(frame).join('')), count: matching.length };
}
function chunkFor(events: StreamEvent[], filter: StreamFilter, filterKey: string): Chunk {
	let byFilter = chunks.get(events);
	if (!byFilter) chunks.set(events, (byFilter = new Map()));
	let chunk = byFilter.get(filterKey);
	if (!chunk) byFilter.set(filterKey, (chunk = encodeMatching(events, filter)));
	return chunk;
}

const filterKey = (filter: StreamFilter) =>
	JSON.stringify([[...(filter.layers ?? [])].sort(), [...(filter.sensors ?? [])].sort((a, b) => a - b), filter.bbox ?? null]);

/**
 * Where to resume: the browser's Last-Event-ID header (ignored when it is not one of ours) or `?lastEventId=`
 * (an error when malformed). undefined: no replay; null: a malformed parameter.
 */
function parseLastEventId(request: Request, url: URL): StreamPosition | undefined | null {
	const header = parsePosition(request.headers.get('last-event-id') ?? '');
	if (header) return header;
	const parameter = url.searchParams.get('lastEventId');
	if (parameter === null || parameter === '') return undefined;
	return parsePosition(parameter) ?? null;
}

const resyncFrame = (position: StreamPosition, reason: string) =>
	encoder.encode(`id: ${formatPosition(position)}\nevent: resync\ndata: ${JSON.stringify({ reason })}\n\n`);

/**
 * `GET /api/stream?layers=&sensors=&bbox=`: Server-Sent Events `observation` (id = stream position, replayed from
 * `Last-Event-ID` after a reconnect), `alert` (flood-watch alerts raised, cleared or acknowledged; no id, so a
 * client reloads the alert list after reconnecting) and `resync` (too much was missed to replay, or it is older than
 * the replay window: reload the current state).
 */
export async function streamResponse(request: Request, url: URL): Promise<Response> {
	const filter = parseFilter(url);
	if (typeof filter === 'string') return jsonError(400, filter);
	const lastEventId = parseLastEventId(request, url);
	if (lastEventId === null) return jsonError(400, 'lastEventId must be the id of an event this stream sent (batch-ordinal, e.g. 1207-3).');
	await streamHub.ready();

	// The client may leave at any moment, even while the replay is still being read: from then on nothing is sent.
	let closed = false;
	let unsubscribe = () => {};
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	const stop = () => {
		closed = true;
		unsubscribe();
		clearInterval(heartbeat);
	};
	const stream = new ReadableStream<Uint8Array>(
		{
			async start(controller) {
				const close = () => {
					if (closed) return;
					stop();
					controller.close();
				};
				const enqueue = (bytes: Uint8Array) => {
					if (!closed) controller.enqueue(bytes);
				};
				/** Drops the client when it has not taken what was queued for it before. */
				const keepingUp = () => {
					if ((controller.desiredSize ?? 0) >= -MAX_QUEUED_BYTES) return true;
					close();
					return false;
				};
				// Everything up to `sent` is out; each reading is sent once, in commit order, whether replayed or live.
				let sent: StreamPosition = afterBatch(0);
				const key = filterKey(filter);
				const send = (events: StreamEvent[]): number => {
					// Events come in commit order, so what is new is a tail; usually all of it, and then shared.
					const fresh = events.findIndex((event) => isAfter(event, sent));
					if (fresh < 0) return 0;
					sent = events.at(-1)!;
					const chunk = fresh === 0 ? chunkFor(events, filter, key) : encodeMatching(events.slice(fresh), filter);
					if (chunk.count > 0) enqueue(chunk.bytes);
					return chunk.count;
				};
				// Subscribe before reading the log and hold live readings until the replay is out, so none falls between.
				const buffered: StreamEvent[][] = [];
				let replaying = true;
				unsubscribe = streamHub.subscribe(
					{
						observations: (events, continued) => {
							if (replaying) buffered.push(events);
							else if (continued || keepingUp()) send(events);
						},
						alerts: (alerts) => {
							if (keepingUp()) for (const alert of alerts) if (matches(alert, filter)) enqueue(encoder.encode(`event: alert\ndata: ${JSON.stringify(alert)}\n\n`));
						}
					},
					close
				);
				const bounds = await streamLogBounds();
				const head = afterBatch(bounds.newest);
				if (lastEventId === undefined) {
					// A first connection starts now; its id lets a reconnect replay from here even before a reading came.
					sent = head;
					enqueue(encoder.encode(`retry: 2000\nid: ${formatPosition(head)}\n: connected\n\n`));
				} else if (lastEventId.batch < bounds.oldest - 1 || lastEventId.batch > bounds.newest) {
					sent = head;
					enqueue(encoder.encode('retry: 2000\n: connected\n\n'));
					enqueue(resyncFrame(head, `The readings after ${formatPosition(lastEventId)} are no longer kept for replay (${REPLAY_RETENTION_HOURS} h); reload the current state.`));
				} else {
					enqueue(encoder.encode('retry: 2000\n: connected\n\n'));
					sent = lastEventId;
					let [replayed, scanned] = [0, 0];
					while (!closed) {
						const missed = await eventsAfter(sent, bounds.newest, REPLAY_PAGE);
						replayed += send(missed);
						scanned += missed.length;
						if (missed.length < REPLAY_PAGE) break;
						if (replayed >= REPLAY_LIMIT || scanned >= REPLAY_SCAN_LIMIT) {
							sent = head;
							enqueue(resyncFrame(head, `Too many readings were missed to replay them all; reload the current state.`));
							break;
						}
					}
				}
				replaying = false;
				if (closed) return;
				for (const events of buffered) send(events);
				heartbeat = setInterval(() => keepingUp() && enqueue(encoder.encode(': heartbeat\n\n')), HEARTBEAT_MS);
			},
			cancel: stop
		},
		new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 })
	);
	return new Response(stream, {
		headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' }
	});
}
