import { z } from 'zod';
import type { SessionUser } from '$lib/auth/roles';
import { db } from '../db/pool';
import { jsonError } from '../http';
import { recentAlerts } from './alerts';
import { acknowledgeAlert, addNote, noteInput, publicFloodStatus } from './operations';

async function jsonBody(request: Request): Promise<unknown> {
	try {
		return await request.json();
	} catch {
		return undefined;
	}
}

const acknowledgement = z.object({ note: z.string().max(2000, 'A note has at most 2,000 characters.').default('') });

/** `POST /api/flood/alerts/{id}/acknowledge` with `{ "note": "…" }`. */
export async function acknowledgeResponse(id: string, request: Request, user: SessionUser, ip: string): Promise<Response> {
	if (!/^\d{1,15}$/.test(id)) return jsonError(400, 'The alert id must be a whole number.', { parameter: 'id' });
	const body = acknowledgement.safeParse((await jsonBody(request)) ?? {});
	if (!body.success) return jsonError(400, body.error.issues[0]!.message, { parameter: 'note' });
	const result = await acknowledgeAlert(db(), Number(id), body.data.note, { name: user.username, ip });
	if (result === 'missing') return jsonError(404, `There is no alert ${id}.`);
	if (result === 'already') return jsonError(409, `Alert ${id} was already acknowledged; reload the list to see by whom.`);
	return Response.json({ id: Number(id), acknowledged: true });
}

/** `GET /api/flood/alerts?hours=48`: open alerts and those of the last hours, for operator screens. */
export async function alertsResponse(url: URL): Promise<Response> {
	const hours = Number(url.searchParams.get('hours') ?? 48);
	if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 90) return jsonError(400, 'hours must be a whole number from 1 to 2160.', { parameter: 'hours' });
	return Response.json({ alerts: await recentAlerts(db(), new Date(Date.now() - hours * 3_600_000)) }, { headers: { 'Cache-Control': 'no-store' } });
}

/** `POST /api/flood/notes` with `{ "category": "situation", "text": "…", "sensor": 12 }`. */
export async function noteResponse(request: Request, user: SessionUser): Promise<Response> {
	const body = noteInput.safeParse(await jsonBody(request));
	if (!body.success) return jsonError(400, body.error.issues[0]!.message, { parameter: String(body.error.issues[0]!.path[0] ?? 'body') });
	await addNote(db(), body.data, user.username);
	return Response.json({ saved: true }, { status: 201 });
}

/** `GET /api/public/flood-status`: every ČHMÚ gauge's public level, for the kiosk and third parties. */
export async function publicFloodStatusResponse(): Promise<Response> {
	return Response.json(
		{
			generatedAt: new Date().toISOString(),
			levels: { none: 'no official thresholds', normal: 'below SPA 1', spa1: 'SPA 1 bdělost', spa2: 'SPA 2 pohotovost', spa3: 'SPA 3 ohrožení', extreme: 'extreme flood' },
			attribution: 'Gauges and thresholds © ČHMÚ (CC BY 4.0); levels evaluated by Region Atlas from the latest readings.',
			gauges: await publicFloodStatus(db())
		},
		{ headers: { 'Cache-Control': 'public, max-age=60' } }
	);
}
