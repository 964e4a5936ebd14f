/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the last good kiosk page and its assets, so a dropped hotspot still shows the figures (and their age).
import { build, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kiosk-${version}`;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(build.filter((path) => !path.includes('maplibre')))));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))));
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const kioskPage = url.pathname.startsWith('/kiosk');
	const asset = build.includes(url.pathname);
	if (!kioskPage && !asset) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (asset) return (await cache.match(url.pathname)) ?? fetch(event.request);
			try {
				const response = await fetch(event.request);
				if (response.ok) await cache.put(event.request, response.clone());
				return response;
			} catch (error) {
				const cached = await cache.match(event.request);
				if (cached) return cached;
				throw error;
			}
		})()
	);
});
