import { describe, expect, it } from 'vitest';
import { LiveState } from './live.svelte';

const stored = (value: number, time: string) => async (input: RequestInfo | URL) =>
	Response.json({
		datastreams: String(input).includes('flood_gauges')
			? [{ id: 1, layer: 'flood_gauges', feature: 221000, property: 'stage', unit: 'cm', lon: 14.04, lat: 50.65, latest_time: time, latest_value: value }]
			: []
	});

const shown = (state: LiveState) => state.latest.get(LiveState.key('flood_gauges', 221000, 'stage'))?.value;

describe('live state', () => {
	it('seeds the stored readings, and after a resync replaces only what the store has newer', async () => {
		const state = new LiveState();
		await state.seed(stored(300, '2026-11-23T10:00:00Z'));
		expect(shown(state)).toBe(300);

		await state.seed(stored(280, '2026-11-23T09:50:00Z'), true);
		expect(shown(state)).toBe(300);

		await state.seed(stored(455, '2026-11-23T10:40:00Z'), true);
		expect(shown(state)).toBe(455);
	});

	it('holds a resync back while paused and shows it on resuming', async () => {
		const state = new LiveState();
		await state.seed(stored(300, '2026-11-23T10:00:00Z'));
		state.setPaused(true);
		await state.seed(stored(455, '2026-11-23T10:40:00Z'), true);
		expect(shown(state)).toBe(300);
		state.setPaused(false);
		expect(shown(state)).toBe(455);
	});
});
