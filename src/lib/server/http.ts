import { env } from './env';

/** JSON error bodies share one shape: `{ "error": { "status", "message", …details } }`. */
export function jsonError(status: number, message: string, details: Record<string, unknown> = {}): Response {
	return new Response(JSON.stringify({ error: { status, message, ...details } }), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}

/**
 * The origin clients reach us at, for absolute URLs (TileJSON): ORIGIN when set, else the request's Host with the
 * protocol a proxy reports. adapter-node alone would assume https for a plain-HTTP start.
 */
export function publicOrigin(request: Request): string {
	const configured = env().ORIGIN;
	if (configured) return configured.replace(/\/$/, '');
	const url = new URL(request.url);
	const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
	return `${protocol === 'https' ? 'https' : 'http'}://${request.headers.get('host') ?? url.host}`;
}
