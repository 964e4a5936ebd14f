import { db } from '../db/pool';
import { env } from '../env';
import { jsonError } from '../http';
import { ingest, parseBody } from './ingest';
import { chirpstackResponse } from './chirpstack';
import type { KeyScope } from './keys';

/** Reads at most `limit` bytes of the body; undefined when it is larger. */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
	const declared = Number(request.headers.get('content-length'));
	if (declared > limit) return undefined;
	const reader = request.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads the device's JSON body within the size limit; a Response when that fails. The access guard has already
 * verified the device key (policy `device`), so `scope` is only missing if a route skipped the guard.
 */
async function authenticatedJson(request: Request, scope: KeyScope | undefined): Promise<{ scope: KeyScope; body: unknown } | Response> {
	if (!scope) return jsonError(401, 'A valid device key is required: Authorization: Bearer ra_….');
	const limit = env().ATLAS_INGEST_MAX_BYTES;
	const text = await readLimited(request, limit);
	if (text === undefined) return jsonError(413, `The body is larger than ${limit} bytes; send smaller batches.`, { limit });
	try {
		return { scope, body: JSON.parse(text) };
	} catch (error) {
		return jsonError(400, `The body is not valid JSON: ${(error as Error).message}`);
	}
}

/** `POST /api/observations`: a SensorThings CreateObservations batch or a plain list, reported per item. */
export function observationsResponse(request: Request, device: KeyScope | undefined): Promise<Response> {
	return storing(async () => {
		const input = await authenticatedJson(request, device);
		if (input instanceof Response) return input;
		const parsed = parseBody(input.body);
		if (!parsed.ok) return jsonError(400, parsed.message);
		return Response.json(await ingest(db(), parsed.readings, input.scope));
	});
}

/**
 * A batch the database did not confirm was not acknowledged: say so with 503 so the device retries. Readings are
 * idempotent, so a retry of a batch that did get stored only reports duplicates.
 */
async function storing(work: () => Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (error) {
		console.warn(`ingest: batch not stored: ${(error as Error).message}`);
		const response = jsonError(503, 'The database did not confirm this batch, so none of it is acknowledged. Retry it; readings already stored are reported as duplicates.');
		response.headers.set('Retry-After', '5');
		return response;
	}
}

/** `POST /api/chirpstack?event=up`: a ChirpStack v4 HTTP integration. */
export function chirpstackIntegrationResponse(request: Request, url: URL, device: KeyScope | undefined): Promise<Response> {
	return storing(async () => {
		const input = await authenticatedJson(request, device);
		if (input instanceof Response) return input;
		return chirpstackResponse(url.searchParams.get('event'), input.body, input.scope);
	});
}
