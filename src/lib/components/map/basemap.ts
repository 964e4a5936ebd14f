import type { StyleSpecification } from 'maplibre-gl';

/**
 * An external basemap under our own layers. When it cannot be fetched (offline, blocked, slow) the map falls back
 * to the built-in base made from our own tiles.
 */
export async function loadBasemap(url: string, own: StyleSpecification): Promise<{ style: StyleSpecification; unavailable?: true }> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const base = (await response.json()) as StyleSpecification;
		return {
			style: {
				...base,
				sources: { ...base.sources, ...own.sources },
				layers: [...base.layers, ...own.layers.filter((layer) => layer.type !== 'background')]
			}
		};
	} catch {
		return { style: own, unavailable: true };
	}
}
