import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { REGION_BOUNDS, type LayerMeta } from '$lib/layers';
import type { LayerStyle } from '$lib/layers/types';
import { attributionHtml } from '$lib/layers/sources';

type PaintProperty = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity';

/**
 * The layers shown when a map opens share composite sources: one tile request per tile for all of them, one tile
 * for the worker to parse and one clipping mask per tile to draw. Layers styled by live feature state have a
 * composite of their own: every feature-state change decodes its source's tiles again on the main thread, which
 * must not include the municipality polygons. A layer hidden at start has its own source, fetched once it is shown.
 */
export const SHOWN_STATIC = 'atlas:shown';
export const SHOWN_LIVE = 'atlas:shown-live';

const readsFeatureState = (layer: LayerMeta) => JSON.stringify(layer.style).includes('"feature-state"');

function sourceFor(layer: LayerMeta, visible: ReadonlySet<string>): string {
	if (!visible.has(layer.id)) return `atlas:${layer.id}`;
	return readsFeatureState(layer) ? SHOWN_LIVE : SHOWN_STATIC;
}

/** The source a layer's tiles come from in this map, which depends on the layers it was opened with. */
export function sourceOf(map: Pick<MapLibreMap, 'getLayer'>, layer: LayerMeta): string {
	const styleLayer = map.getLayer(styleLayerId(layer, layer.style[0]!.part));
	if (!styleLayer) throw new Error(`The map has no style layer for '${layer.id}'.`);
	return styleLayer.source;
}

/** The MapLibre style layer id of one part of a map layer, e.g. `brownfields:fill`. */
export const styleLayerId = (layer: LayerMeta, part: string) => `${layer.id}:${part}`;

/** Every data source of every layer, for the attribution control: shown whatever layers are visible. */
export const fullAttribution = (layers: readonly LayerMeta[]) => attributionHtml(layers.flatMap((layer) => layer.attribution));

/**
 * A control-room screen is read from metres away. The page's CSS grows its text at the same width (`min-width:
 * 2500px` in src/routes/+page.svelte); the map's labels grow with it.
 */
export const CONTROL_ROOM_QUERY = '(min-width: 2500px)';
export const CONTROL_ROOM_TEXT_SCALE = 1.35;

/** A symbol part's text size on a screen that scales text by `scale` (sizes in the metadata are plain numbers). */
export function scaledTextSize(part: LayerStyle, scale: number): number {
	const size = part.type === 'symbol' ? part.layout?.['text-size'] : undefined;
	if (typeof size !== 'number') throw new Error(`Style part '${part.part}' needs a numeric text-size to scale its labels.`);
	return Math.round(size * scale * 10) / 10;
}

/**
 * A self-contained style from our own tile server and the style layers declared in the layer metadata. Text is
 * drawn with local fonts (no glyph server), there are no sprites and no external URLs, so the map works offline.
 */
export function buildStyle(
	layers: readonly LayerMeta[],
	origin: string,
	visible: ReadonlySet<string> = new Set(layers.filter((layer) => layer.visibleByDefault).map((layer) => layer.id)),
	textScale = 1
): StyleSpecification {
	return {
		version: 8,
		name: 'Region Atlas',
		sources: tileSources(layers, origin, visible),
		layers: [
			...layers.flatMap((layer) =>
				layer.style.map(({ part, ...style }) => ({
					...style,
					layout: {
						...style.layout,
						...(style.type === 'symbol' ? { 'text-size': scaledTextSize({ part, ...style }, textScale) } : {}),
						visibility: visible.has(layer.id) ? 'visible' : 'none'
					},
					// Every polygon edge that matters is a line layer of its own; the fill's antialiasing outline would
					// be one more shader program to compile before the first picture (≈150 ms in software WebGL).
					...(style.type === 'fill' ? { paint: { 'fill-antialias': false, ...style.paint } } : {}),
					id: styleLayerId(layer, part),
					source: sourceFor(layer, visible),
					'source-layer': layer.id,
					minzoom: Math.max(layer.minzoom, style.minzoom ?? 0)
				}) as LayerSpecification)
			)
		]
	};
}

function tileSources(layers: readonly LayerMeta[], origin: string, visible: ReadonlySet<string>): Record<string, SourceSpecification> {
	const source = (members: readonly LayerMeta[]): SourceSpecification => ({
		type: 'vector',
		tiles: [`${origin}/tiles/${members.map((layer) => layer.id).join(',')}/{z}/{x}/{y}.mvt`],
		minzoom: Math.min(...members.map((layer) => layer.minzoom)),
		maxzoom: Math.max(...members.map((layer) => layer.maxzoom)),
		bounds: REGION_BOUNDS
	});
	const members = new Map<string, LayerMeta[]>();
	for (const layer of layers) {
		const id = sourceFor(layer, visible);
		members.set(id, [...(members.get(id) ?? []), layer]);
	}
	return Object.fromEntries([...members].map(([id, group]) => [id, source(group)]));
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
