import { describe, expect, it } from 'vitest';
import type { LiveReading } from '$lib/state/live.svelte';
import { liveOverlayData } from './live-data';

const reading = (layer: string, feature: number, property: string, value: number): LiveReading => ({ seq: 1, layer, feature, property, unit: '', lon: 14, lat: 50.6, time: '2026-11-22T10:00:00Z', value });
const context = { thresholds: new Map([[221000, { spa1_cm: 450 }]]), paths: new Map<number, [number, number][]>([[3, [[14, 50.6], [14.1, 50.7]]]]) };

describe('liveOverlayData', () => {
	it('turns the newest readings into gauges, counters (light + heavy) and corridors', () => {
		const data = liveOverlayData(
			[
				reading('flood_gauges', 221000, 'stage', 460),
				reading('flood_gauges', 221000, 'discharge', 900),
				reading('traffic_sensors', 7, 'vehicles_light', 120),
				reading('traffic_sensors', 7, 'vehicles_heavy', 30),
				reading('traffic_sensors', 7, 'mean_speed', 62),
				reading('corridors_5g', 3, 'throughput', 640),
				reading('corridors_5g', 99, 'throughput', 10)
			],
			context,
			() => true
		);
		expect(data.gauges).toEqual([{ feature: 221000, position: [14, 50.6], stage: 460, thresholds: { spa1_cm: 450 } }]);
		expect(data.counters).toEqual([{ feature: 7, position: [14, 50.6], vehicles: 150 }]);
		expect(data.corridors).toEqual([{ feature: 3, path: [[14, 50.6], [14.1, 50.7]], throughput: 640 }]);
	});

	it('leaves out layers that are switched off', () => {
		const data = liveOverlayData([reading('flood_gauges', 221000, 'stage', 460), reading('traffic_sensors', 7, 'vehicles_light', 1)], context, (layer) => layer !== 'traffic_sensors');
		expect(data.gauges).toHaveLength(1);
		expect(data.counters).toEqual([]);
	});
});
