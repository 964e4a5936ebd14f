import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '$lib/layers';
import { SOURCES } from '$lib/layers/sources';
import type { LayerStyle } from '$lib/layers/types';
import { buildStyle, CONTROL_ROOM_TEXT_SCALE, fullAttribution, scaledTextSize, SHOWN_LIVE, SHOWN_STATIC } from './style';

describe('buildStyle', () => {
	const style = buildStyle(LAYERS, 'http://localhost', new Set(['rivers']));

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('draws the layers shown at start from two composite sources, live-styled apart, and every other layer from its own', () => {
		const opening = new Set(['regions', 'rivers', 'flood_gauges', 'traffic_sensors']);
		const composite = buildStyle(LAYERS, 'http://localhost', opening);
		expect(composite.layers).toHaveLength(LAYERS.reduce((count, layer) => count + layer.style.length, 0));
		// In drawing order, so the URL names the tile the server caches for that set.
		expect(composite.sources[SHOWN_STATIC]).toMatchObject({ tiles: ['http://localhost/tiles/rivers,regions/{z}/{x}/{y}.mvt'], minzoom: 0, maxzoom: 14 });
		// Gauges and counters are coloured by live feature state.
		expect(composite.sources[SHOWN_LIVE]).toMatchObject({ tiles: ['http://localhost/tiles/traffic_sensors,flood_gauges/{z}/{x}/{y}.mvt'], minzoom: 6 });
		const sourceOfParts = (layer: (typeof LAYERS)[number]) => new Set(composite.layers.filter((style) => 'source-layer' in style && style['source-layer'] === layer.id).map((style) => (style as { source: string }).source));
		for (const layer of LAYERS) {
			const sources = [...sourceOfParts(layer)];
			expect(sources).toHaveLength(1);
			if (!opening.has(layer.id)) {
				expect(sources[0]).not.toMatch(/^atlas:shown/);
				expect(composite.sources[sources[0]!]).toMatchObject({ tiles: [`http://localhost/tiles/${layer.id}/{z}/{x}/{y}.mvt`], minzoom: layer.minzoom });
			}
		}
		expect(Object.keys(composite.sources)).toHaveLength(2 + LAYERS.length - opening.size);
		expect(composite.glyphs).toBeUndefined();
		expect(composite.sprite).toBeUndefined();
	});

	it('has no composite source when nothing is shown at start', () => {
		const none = buildStyle(LAYERS, 'http://localhost', new Set());
		expect(Object.keys(none.sources).filter((id) => id.startsWith('atlas:shown'))).toEqual([]);
	});

	it('shows only the visible layers', () => {
		const shown = style.layers.filter((layer) => layer.layout?.visibility === 'visible').map((layer) => layer.id);
		expect(shown).toEqual(['rivers:other', 'rivers:major']);
	});

	it('grows every label on a control-room screen and keeps the metadata sizes elsewhere', () => {
		const textSizes = (scale: number) =>
			Object.fromEntries(buildStyle(LAYERS, 'http://localhost', undefined, scale).layers.filter((layer) => layer.type === 'symbol').map((layer) => [layer.id, layer.layout?.['text-size']]));
		const declared = Object.fromEntries(LAYERS.flatMap((layer) => layer.style.filter((part) => part.type === 'symbol').map((part) => [`${layer.id}:${part.part}`, part.layout?.['text-size']])));
		expect(Object.keys(declared).length).toBeGreaterThan(0);
		expect(textSizes(1)).toEqual(declared);
		const grown = textSizes(CONTROL_ROOM_TEXT_SCALE);
		for (const [id, size] of Object.entries(declared)) expect(grown[id]).toBeCloseTo((size as number) * CONTROL_ROOM_TEXT_SCALE, 1);
		expect(validateStyleMin(buildStyle(LAYERS, 'http://localhost', undefined, CONTROL_ROOM_TEXT_SCALE))).toEqual([]);
	});

	it('refuses to scale a text size it cannot multiply', () => {
		const zoomDependent: LayerStyle = { part: 'labels', type: 'symbol', layout: { 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 10, 12, 14] } };
		expect(() => scaledTextSize(zoomDependent, CONTROL_ROOM_TEXT_SCALE)).toThrow(/numeric text-size/);
	});

	it('credits every data source', () => {
		for (const source of Object.values(SOURCES)) expect(fullAttribution(LAYERS)).toContain(source.label);
	});
});
