import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n';
import { closeDb } from '$lib/server/db/pool';
import { streamHub } from '$lib/server/telemetry/stream';
import { tileService } from '$lib/server/tiles';

/** `<html lang>` follows `?lang=` so the server-rendered page is announced in the right language. */
export const handle: Handle = ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	const lang = isLocale(requested) ? requested : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%atlas.lang%', lang) });
};

// adapter-node emits this after the HTTP server has drained on SIGINT/SIGTERM.
process.on('sveltekit:shutdown', async () => {
	await Promise.all([tileService().close(), streamHub.close()]);
	await closeDb();
});
