import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { env } from './env';
import { publicOrigin } from './http';

/** Headers every response carries; the page CSP itself comes from `kit.csp` in svelte.config.js (nonces). */
const COMMON_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()'
};

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
	if (publicOrigin(event.request).startsWith('https:')) response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	const csp = response.headers.get('Content-Security-Policy');
	if (csp && env().ATLAS_BASEMAP_STYLE_URL) response.headers.set('Content-Security-Policy', allowExternalBasemap(csp));
	return response;
};

/** An external basemap style names tile, glyph and sprite hosts of its own, so those may be fetched over HTTPS. */
export function allowExternalBasemap(csp: string): string {
	return csp.replace(/(connect-src|img-src)([^;]*)/g, (_directive, name: string, sources: string) => `${name}${sources} https:`);
}

/**
 * Anything unexpected is logged here with a reference; the client sees only the reference, never the error's
 * message, stack, SQL or paths.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status < 500) return { message };
	const reference = randomUUID().slice(0, 8);
	console.error(`[${reference}] ${event.request.method} ${event.url.pathname} failed:`, error);
	return { message: `Something went wrong on our side. If it keeps happening, report reference ${reference}.`, reference };
};
