import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

type PaintProperty = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity';
import { REGION_BOUNDS, type LayerMeta } from '$lib/layers';
import { attributionHtml } from '$lib/layers/sources';

/** Each map layer has its own vector source, so MapLibre fetches tiles only for the layers that are shown. */
export const sourceId = (layer: LayerMeta) => `atlas:${layer.id}`;

/** The MapLibre style layer id of one part of a map layer, e.g. `brownfields:fill`. */
export const styleLayerId = (layer: LayerMeta, part: string) => `${layer.id}:${part}`;

/** Every data source of every layer, for the attribution control: shown whatever layers are visible. */
export const fullAttribution = (layers: readonly LayerMeta[]) => attributionHtml(layers.flatMap((layer) => layer.attribution));

/**
 * A self-contained style from our own tile server and the style layers declared in the layer metadata. Text is
 * drawn with local fonts (no glyph server), there are no sprites and no external URLs, so the map works offline.
 */
export function buildStyle(layers: readonly LayerMeta[], origin: string, visible: ReadonlySet<string> = new Set(layers.filter((layer) => layer.visibleByDefault).map((layer) => layer.id))): StyleSpecification {
	return {
		version: 8,
		name: 'Region Atlas',
		sources: Object.fromEntries(
			layers.map((layer) => [
				sourceId(layer),
				{ type: 'vector', tiles: [`${origin}/tiles/${layer.id}/{z}/{x}/{y}.mvt`], minzoom: layer.minzoom, maxzoom: layer.maxzoom, bounds: REGION_BOUNDS }
			])
		),
		layers: [
			...layers.flatMap((layer) =>
				layer.style.map(({ part, ...style }) => ({
					...style,
					// Every polygon edge that matters is a line layer of its own; the fill's antialiasing outline would
					// be one more shader program to compile before the first picture (≈150 ms in software WebGL).
					...(style.type === 'fill' ? { paint: { 'fill-antialias': false, ...style.paint } } : {}),
					id: styleLayerId(layer, part),
					source: sourceId(layer),
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
