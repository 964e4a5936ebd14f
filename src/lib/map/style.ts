import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

type PaintProperty = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity';
import type { LayerMeta } from '$lib/layers';

export const ATLAS_SOURCE = 'atlas';

/** The MapLibre style layer id of one part of a map layer, e.g. `brownfields:fill`. */
export const styleLayerId = (layer: LayerMeta, part: string) => `${layer.id}:${part}`;

/**
 * A self-contained style: one composite vector source from our own tile server and the style layers declared in
 * the layer metadata. No glyphs, sprites or external URLs, so the map works offline.
 */
export function buildStyle(layers: readonly LayerMeta[], tileJsonUrl: string, visible: ReadonlySet<string> = new Set(layers.filter((layer) => layer.visibleByDefault).map((layer) => layer.id))): StyleSpecification {
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
					layout: { ...style.layout, visibility: visible.has(layer.id) ? 'visible' : 'none' }
				}) as LayerSpecification)
			)
		]
	};
}

/** The paint properties that carry a style layer's opacity. */
export function opacityProperties(type: string): PaintProperty[] {
	switch (type) {
		case 'fill':
			return ['fill-opacity'];
		case 'line':
			return ['line-opacity'];
		case 'circle':
			return ['circle-opacity', 'circle-stroke-opacity'];
		case 'symbol':
			return ['text-opacity'];
		default:
			return [];
	}
}
