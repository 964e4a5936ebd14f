import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { LAYERS, REGION_BOUNDS } from '$lib/layers';
import { loadMapLibre, SHARED_MAP_OPTIONS } from './maplibre';
import { buildStyle, fullAttribution } from './style';

/**
 * A MapLibre map of some of the atlas layers, all shown, with their attribution; for the flood, planner and kiosk
 * views (the dashboard has its own, with the layer panel).
 */
export async function createLayerMap(container: HTMLElement, layerIds: ReadonlySet<string>, camera: Partial<MapOptions> = {}): Promise<{ map: MapLibreMap; maplibre: typeof import('maplibre-gl') }> {
	const maplibre = await loadMapLibre();
	const layers = LAYERS.filter((layer) => layerIds.has(layer.id));
	const map = new maplibre.Map({
		...SHARED_MAP_OPTIONS,
		container,
		style: buildStyle(layers, location.origin, new Set(layerIds)),
		...(camera.center ? {} : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 10 } }),
		...camera,
		attributionControl: { compact: true, customAttribution: fullAttribution(layers) }
	});
	return { map, maplibre };
}
