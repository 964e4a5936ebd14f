import type { Map as MapLibreMap } from 'maplibre-gl';
import { spaLevel, type StageThresholds } from '$lib/flood/spa';
import { SPA_COLOURS } from '$lib/layers/flood-gauges';

/** What the live layers show; rebuilt from the newest reading per sensor, layers updated in place. */
export interface LiveOverlayData {
	gauges: { feature: number; position: [number, number]; stage: number; thresholds: StageThresholds }[];
	counters: { feature: number; position: [number, number]; vehicles: number }[];
	corridors: { feature: number; path: [number, number][]; throughput: number }[];
}

const hex = (colour: string): [number, number, number] => [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16)) as [number, number, number];
const GAUGE_COLOURS: Record<string, [number, number, number]> = {
	none: [40, 110, 180],
	spa1: hex(SPA_COLOURS.spa1),
	spa2: hex(SPA_COLOURS.spa2),
	spa3: hex(SPA_COLOURS.spa3),
	extreme: hex(SPA_COLOURS.extreme)
};

/** Throughput from low (pale) to high (deep violet), in Mbit/s. */
function throughputColour(mbps: number): [number, number, number, number] {
	const share = Math.max(0, Math.min(1, mbps / 1000));
	return [Math.round(200 - 120 * share), Math.round(200 - 170 * share), 255, 220];
}

/**
 * deck.gl layers over MapLibre for live telemetry: gauges as rings coloured by their SPA level and sized by stage
 * relative to SPA 1, traffic counters as columns by the latest count, 5G corridors by throughput. Each update reuses
 * the layer ids, so deck.gl diffs and animates instead of rebuilding.
 */
export async function createLiveOverlay(map: MapLibreMap) {
	const [{ MapLibreOverlay }, { ScatterplotLayer, ColumnLayer, PathLayer }] = await Promise.all([import('@deck.gl/maplibre'), import('@deck.gl/layers')]);
	// Its own canvas above the map, apart from the choropleth's interleaved overlay.
	const overlay = new MapLibreOverlay({ interleaved: false, layers: [] });
	map.addControl(overlay);
	const transition = { duration: 800 };
	return {
		update(data: LiveOverlayData) {
			overlay.setProps({
				layers: [
					new PathLayer({
						id: 'live-corridors',
						data: data.corridors,
						getPath: (corridor: LiveOverlayData['corridors'][number]) => corridor.path,
						getColor: (corridor: LiveOverlayData['corridors'][number]) => throughputColour(corridor.throughput),
						getWidth: (corridor: LiveOverlayData['corridors'][number]) => 2 + corridor.throughput / 150,
						widthUnits: 'pixels',
						transitions: { getColor: transition, getWidth: transition }
					}),
					new ColumnLayer({
						id: 'live-counters',
						data: data.counters,
						diskResolution: 12,
						radius: 220,
						extruded: true,
						getPosition: (counter: LiveOverlayData['counters'][number]) => counter.position,
						getElevation: (counter: LiveOverlayData['counters'][number]) => counter.vehicles * 8,
						getFillColor: [20, 120, 90, 200],
						transitions: { getElevation: transition }
					}),
					new ScatterplotLayer({
						id: 'live-gauges',
						data: data.gauges,
						stroked: true,
						filled: false,
						radiusUnits: 'pixels',
						lineWidthUnits: 'pixels',
						getLineWidth: 3,
						getPosition: (gauge: LiveOverlayData['gauges'][number]) => gauge.position,
						getRadius: (gauge: LiveOverlayData['gauges'][number]) => {
							const spa1 = gauge.thresholds.spa1_cm;
							return spa1 ? 8 + 16 * Math.min(1.5, Math.max(0, gauge.stage / spa1)) : 10;
						},
						getLineColor: (gauge: LiveOverlayData['gauges'][number]) => GAUGE_COLOURS[spaLevel(gauge.stage, gauge.thresholds) ?? 'none'] ?? GAUGE_COLOURS.none!,
						transitions: { getRadius: transition, getLineColor: transition }
					})
				]
			});
		},
		remove() {
			map.removeControl(overlay);
		}
	};
}
