/** JSON error bodies share one shape: `{ "error": { "status", "message", …details } }`. */
export function jsonError(status: number, message: string, details: Record<string, unknown> = {}): Response {
	return Response.json({ error: { status, message, ...details } }, { status, headers: { 'Cache-Control': 'no-store' } });
}
