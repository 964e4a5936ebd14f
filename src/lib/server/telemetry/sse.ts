import { jsonError } from '../http';
import { eventsBetween, matches, streamHub, type StreamEvent, type StreamFilter } from './stream';

const HEARTBEAT_MS = 15_000;
/** Bytes queued for one client before it counts as too slow and is dropped, so it cannot hold the others back. */
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
/** Each event is encoded once, however many clients receive it. */
const frames = new WeakMap<StreamEvent, Uint8Array>();
function frame(event: StreamEvent): Uint8Array {
	let bytes = frames.get(event);
	if (!bytes) {
		bytes = encoder.encode(`id: ${event.seq}\nevent: observation\ndata: ${JSON.stringify(event)}\n\n`);
		frames.set(event, bytes);
	}
	return bytes;
}

/**
 * Where to resume: the browser's Last-Event-ID header (ignored when it is not one of ours) or `?lastEventId=`
 * (an error when malformed). undefined: no replay; null: a malformed parameter.
 */
function parseLastEventId(request: Request, url: URL): number | undefined | null {
	const header = request.headers.get('last-event-id');
	if (header !== null && /^\d{1,15}$/.test(header)) return Number(header);
	const parameter = url.searchParams.get('lastEventId');
	if (parameter === null || parameter === '') return undefined;
	return /^\d{1,15}$/.test(parameter) ? Number(parameter) : null;
}

/**
 * `GET /api/stream?layers=&sensors=&bbox=`: Server-Sent Events `observation` (with ids, replayed from
 * `Last-Event-ID` after a reconnect) and `alert` (flood-watch alerts raised, cleared or acknowledged; no id, so a
 * client reloads the alert list after reconnecting).
 */
export async function streamResponse(request: Request, url: URL): Promise<Response> {
	const filter = parseFilter(url);
	if (typeof filter === 'string') return jsonError(400, filter);
	const lastEventId = parseLastEventId(request, url);
	if (lastEventId === null) return jsonError(400, 'lastEventId must be the id of an event this stream sent (a whole number).');
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
					if (closed) return;
					if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return close();
					controller.enqueue(bytes);
				};
				const send = (events: StreamEvent[], alreadySent?: Set<number>) => {
					for (const event of events) if (matches(event, filter) && !alreadySent?.has(event.seq)) enqueue(frame(event));
				};
				// Subscribe before replaying and hold live readings until the replay is out; a live reading that was
				// also replayed (its announcement can arrive late) is skipped, so each is sent once and none is lost.
				const buffered: StreamEvent[][] = [];
				const replayed = new Set<number>();
				let replaying = true;
				unsubscribe = streamHub.subscribe(
					{
						observations: (events) => (replaying ? buffered.push(events) : send(events, replayed)),
						alerts: (alerts) => {
							for (const alert of alerts) if (matches(alert, filter)) enqueue(encoder.encode(`event: alert\ndata: ${JSON.stringify(alert)}\n\n`));
						}
					},
					close
				);
				enqueue(encoder.encode('retry: 2000\n: connected\n\n'));
				if (lastEventId !== undefined) {
					const missed = await eventsBetween(lastEventId);
					send(missed);
					for (const event of missed) replayed.add(event.seq);
				}
				replaying = false;
				if (closed) return;
				for (const events of buffered) send(events, replayed);
				heartbeat = setInterval(() => enqueue(encoder.encode(': heartbeat\n\n')), HEARTBEAT_MS);
			},
			cancel: stop
		},
		new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 })
	);
	return new Response(stream, {
		headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' }
	});
}
