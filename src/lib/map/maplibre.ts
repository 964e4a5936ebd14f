import { browser } from '$app/environment';
import type { MapOptions } from 'maplibre-gl';

let loading: Promise<typeof import('maplibre-gl')> | undefined;

/**
 * maplibre-gl and its worker, once per page and only in the browser (the library touches `window` when it loads).
 * Map components start this when their module loads, while the page still hydrates: the library's download and
 * the worker's boot then overlap hydration instead of following it. A failed download is tried again on next call.
 */
export function loadMapLibre(): Promise<typeof import('maplibre-gl')> {
	loading ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')]).then(
		([maplibre, worker]) => {
			maplibre.setWorkerUrl(worker.default);
			maplibre.prewarm();
			return maplibre;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** For a map component's module script. A failure is reported by the map itself, which asks again when it mounts. */
export function preloadMapLibre(): void {
	if (browser) loadMapLibre().catch(() => {});
}

/**
 * Options every atlas map shares. Labels appear at once instead of fading in: each fade step redraws the whole map,
 * which on software-rendered screens (kiosks, SwiftShader) costs 100–200 ms a frame and holds off the first idle.
 */
export const SHARED_MAP_OPTIONS = { fadeDuration: 0 } satisfies Partial<MapOptions>;
