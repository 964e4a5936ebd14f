import type { Map as MapLibreMap } from 'maplibre-gl';

export interface ChoroplethLayerInput {
	tileUrl: string;
	/** Changes whenever colours change, so deck.gl recolours without refetching tiles. */
	key: string;
	colourOf(id: number): [number, number, number, number];
	/** Style layer to draw beneath, so outlines and labels stay on top. */
	beforeId: string;
	onHover(feature: { id: number; name: string } | undefined): void;
}

type Feature = { id?: number | string; properties: { name?: string } };

/** deck.gl, interleaved into MapLibre; loaded only when a choropleth is first shown. */
export async function createChoroplethOverlay(map: MapLibreMap) {
	const [{ MapLibreOverlay }, { MVTLayer }, { MVTLoader }] = await Promise.all([import('@deck.gl/maplibre'), import('@deck.gl/geo-layers'), import('@loaders.gl/mvt')]);
	const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
	map.addControl(overlay);
	return {
		show(input: ChoroplethLayerInput | undefined) {
			const layer =
				input &&
				new MVTLayer({
					id: 'choropleth',
					data: input.tileUrl,
					minZoom: 6,
					maxZoom: 14,
					binary: false,
					// Parse on the main thread: MVTLayer's default worker loader would fetch its worker from a CDN.
					loaders: [MVTLoader],
					loadOptions: { worker: false },
					beforeId: input.beforeId,
					pickable: true,
					getFillColor: (feature: Feature) => input.colourOf(Number(feature.id)),
					// The map's own municipality outlines lie above; deck.gl's strokes would also trace every tile's
					// clipping edge, a white dashed grid across the classes.
					stroked: false,
					updateTriggers: { getFillColor: input.key },
					onHover: (info: { object?: Feature }) =>
						input.onHover(info.object ? { id: Number(info.object.id), name: info.object.properties.name ?? '' } : undefined)
				});
			overlay.setProps({ layers: layer ? [layer] : [] });
		},
		remove() {
			map.removeControl(overlay);
		}
	};
}
