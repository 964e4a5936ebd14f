import type { StageThresholds } from '$lib/flood/spa';
import type { LiveReading } from '$lib/state/live.svelte';
import type { LiveOverlayData } from './live-overlay';

/** What the live layers need besides the readings: gauge thresholds and corridor paths, fetched once. */
export interface LiveContext {
	thresholds: Map<number, StageThresholds>;
	paths: Map<number, [number, number][]>;
}

export async function loadLiveContext(fetcher: typeof fetch = fetch): Promise<LiveContext> {
	const [status, corridors] = await Promise.all([
		fetcher('/api/public/flood-status').then((response) => response.json()) as Promise<{ gauges: { id: number; thresholdsCm: { spa1: number | null; spa2: number | null; spa3: number | null; extreme: number | null } }[] }>,
		fetcher('/ogc/collections/corridors_5g/items?limit=10000&properties=name').then((response) => response.json()) as Promise<{ features: { id: number; geometry: { coordinates: [number, number][] } }[] }>
	]);
	return {
		thresholds: new Map(status.gauges.map((gauge) => [gauge.id, { spa1_cm: gauge.thresholdsCm.spa1, spa2_cm: gauge.thresholdsCm.spa2, spa3_cm: gauge.thresholdsCm.spa3, extreme_cm: gauge.thresholdsCm.extreme }])),
		paths: new Map(corridors.features.map((feature) => [feature.id, feature.geometry.coordinates]))
	};
}

/** The newest reading per sensor turned into the live layers' rows, for the layers that are switched on. */
export function liveOverlayData(latest: Iterable<LiveReading>, context: LiveContext, visible: (layer: string) => boolean): LiveOverlayData {
	const gauges: LiveOverlayData['gauges'] = [];
	const counts = new Map<number, { position: [number, number]; vehicles: number }>();
	const corridors: LiveOverlayData['corridors'] = [];
	for (const reading of latest) {
		if (!visible(reading.layer)) continue;
		const position: [number, number] = [reading.lon, reading.lat];
		if (reading.layer === 'flood_gauges' && reading.property === 'stage') {
			gauges.push({ feature: reading.feature, position, stage: reading.value, thresholds: context.thresholds.get(reading.feature) ?? {} });
		} else if (reading.layer === 'traffic_sensors' && reading.property.startsWith('vehicles_')) {
			const counter = counts.get(reading.feature) ?? { position, vehicles: 0 };
			counter.vehicles += reading.value;
			counts.set(reading.feature, counter);
		} else if (reading.layer === 'corridors_5g' && reading.property === 'throughput') {
			const path = context.paths.get(reading.feature);
			if (path) corridors.push({ feature: reading.feature, path, throughput: reading.value });
		}
	}
	const counters = [...counts].map(([feature, counter]) => ({ feature, ...counter }));
	return { gauges, counters, corridors };
}
