import { sequence } from '@sveltejs/kit/hooks';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n';
import { findKioskLocation } from '$lib/kiosk/locations';
import { guard } from '$lib/server/auth/guard';
import { assertPoolFitsServer, closeDb } from '$lib/server/db/pool';
import { env } from '$lib/server/env';
import { startFloodWatch } from '$lib/server/flood/service';
import { securityHeaders } from '$lib/server/security';
import { startMqttIngest } from '$lib/server/telemetry/mqtt';
import { streamHub } from '$lib/server/telemetry/stream';
import { startStreamLogRetention } from '$lib/server/telemetry/stream-log';
import { tileService } from '$lib/server/tiles';

export { handleError } from '$lib/server/security';

let mqtt: ReturnType<typeof startMqttIngest>['client'] | undefined;
let floodWatch: ReturnType<typeof startFloodWatch> | undefined;
let streamLogRetention: ReturnType<typeof startStreamLogRetention> | undefined;

/**
 * Checks the pool size against the server; starts the flood watch's stale sweep and notifications and the live
 * stream's replay-log retention; with
 * ATLAS_MQTT_URL set, ingests from the broker too.
 */
export const init: ServerInit = async () => {
	await assertPoolFitsServer();
	floodWatch = startFloodWatch();
	streamLogRetention = startStreamLogRetention();
	const url = env().ATLAS_MQTT_URL;
	if (url) mqtt = startMqttIngest(url).client;
};

/**
 * `<html lang>` follows `?lang=` so the server-rendered page is announced in the right language; a kiosk page
 * without it speaks its location's default language.
 */
const language: Handle = ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	const kiosk = event.route.id === '/kiosk/[location]' ? findKioskLocation(event.params.location ?? '') : undefined;
	const lang = isLocale(requested) ? requested : (kiosk?.defaultLang ?? DEFAULT_LOCALE);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%atlas.lang%', lang) });
};

export const handle = sequence(securityHeaders, guard, language);

// adapter-node waits for open requests before it exits; live streams never finish by themselves, so end them.
if (!dev) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => streamHub.endStreams());

// adapter-node emits this after the HTTP server has drained on SIGINT/SIGTERM.
process.on('sveltekit:shutdown', async () => {
	streamLogRetention?.stop();
	await Promise.all([tileService().close(), streamHub.close(), mqtt?.endAsync()]);
	// Last before the pool closes: the final batches may have raised alerts whose notifications are still going out.
	await floodWatch?.stop();
	await closeDb();
});
