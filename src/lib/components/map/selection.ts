import type { Map as MapLibreMap } from 'maplibre-gl';
import { findLayer } from '$lib/layers';
import { sourceOf } from '$lib/map/style';
import type { Selection } from '$lib/state/url-state';

const HIGHLIGHT = 'selection-highlight';

/** Outlines the selected feature (or rings it, for points) above every other layer. */
export function highlightSelection(map: MapLibreMap, selection: Selection | undefined) {
	if (map.getLayer(HIGHLIGHT)) map.removeLayer(HIGHLIGHT);
	const layer = selection && findLayer(selection.layer);
	if (!selection || !layer) return;
	const common = { id: HIGHLIGHT, source: sourceOf(map, layer), 'source-layer': layer.id, filter: ['==', ['id'], selection.id] as ['==', ['id'], number] };
	if (layer.geometryType === 'Point') {
		map.addLayer({ ...common, type: 'circle', paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#d4145a', 'circle-stroke-width': 3 } });
	} else {
		map.addLayer({ ...common, type: 'line', paint: { 'line-color': '#d4145a', 'line-width': 3.5 } });
	}
}
