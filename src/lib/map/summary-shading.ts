import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Shading } from '$lib/brownfields/summary';
import { findLayer } from '$lib/layers';
import { municipalities } from '$lib/layers/municipalities';
import { sourceOf } from './style';

const SHADING = 'planner-summary-shading';

/**
 * Fills the districts or municipalities that have matching sites in their summary class colour, just above the
 * municipality fill so boundaries, rivers and the sites stay on top. Matching on the feature id (kod_okres,
 * kod_obec) colours tiles as they load, with no per-tile state.
 */
export function showSummaryShading(map: MapLibreMap, shading: Shading | undefined) {
	if (map.getLayer(SHADING)) map.removeLayer(SHADING);
	const layer = shading && findLayer(shading.layer);
	if (!shading || !layer || shading.colours.length === 0) return;
	const styleLayers = map.getStyle().layers;
	const baseFill = styleLayers.findIndex((style) => style.type === 'fill' && 'source-layer' in style && style['source-layer'] === municipalities.id);
	map.addLayer(
		{
			id: SHADING,
			type: 'fill',
			source: sourceOf(map, layer),
			'source-layer': layer.id,
			filter: ['in', ['id'], ['literal', shading.colours.map(([id]) => id)]],
			paint: { 'fill-color': ['match', ['id'], ...shading.colours.flat(), 'rgba(0, 0, 0, 0)'] as never, 'fill-opacity': 0.7 }
		},
		styleLayers[baseFill + 1]?.id
	);
}
