import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '$lib/layers';
import { SOURCES } from '$lib/layers/sources';
import { buildStyle, fullAttribution, SHOWN_LIVE, SHOWN_STATIC } from './style';

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
		expect(shown).toEqual(['rivers:line']);
	});

	it('credits every data source', () => {
		for (const source of Object.values(SOURCES)) expect(fullAttribution(LAYERS)).toContain(source.label);
	});
});
