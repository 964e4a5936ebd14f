import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerMeta } from '$lib/layers';

export const ATLAS_SOURCE = 'atlas';

/** The MapLibre style layer id of one part of a map layer, e.g. `brownfields:fill`. */
export const styleLayerId = (layer: LayerMeta, part: string) => `${layer.id}:${part}`;

/**
 * A self-contained style: one composite vector source from our own tile server and the style layers declared in
 * the layer metadata. No glyphs, sprites or external URLs, so the map works offline.
 */
export function buildStyle(layers: readonly LayerMeta[], tileJsonUrl: string): StyleSpecification {
	return {
		version: 8,
		name: 'Region Atlas',
		sources: { [ATLAS_SOURCE]: { type: 'vector', url: tileJsonUrl } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#e9eef2' } },
			...layers.flatMap((layer) =>
				layer.style.map(({ part, ...style }) => ({
					...style,
					id: styleLayerId(layer, part),
					source: ATLAS_SOURCE,
					'source-layer': layer.id,
					minzoom: Math.max(layer.minzoom, style.minzoom ?? 0),
					layout: { ...style.layout, visibility: layer.visibleByDefault ? 'visible' : 'none' }
				}) as LayerSpecification)
			)
		]
	};
}
