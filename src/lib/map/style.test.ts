import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '$lib/layers';
import { SOURCES } from '$lib/layers/sources';
import { buildStyle, fullAttribution, sourceId } from './style';

describe('buildStyle', () => {
	const style = buildStyle(LAYERS, 'http://localhost', new Set(['rivers']));

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('draws every part of every layer from that layer’s own tiles, and nothing from elsewhere', () => {
		const drawn = style.layers.filter((layer) => layer.type !== 'background');
		expect(drawn).toHaveLength(LAYERS.reduce((count, layer) => count + layer.style.length, 0));
		for (const layer of LAYERS) {
			expect(style.sources[sourceId(layer)]).toMatchObject({ tiles: [`http://localhost/tiles/${layer.id}/{z}/{x}/{y}.mvt`], minzoom: layer.minzoom });
		}
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('shows only the visible layers', () => {
		const shown = style.layers.filter((layer) => layer.layout?.visibility === 'visible').map((layer) => layer.id);
		expect(shown).toEqual(['rivers:line']);
	});

	it('credits every data source', () => {
		for (const source of Object.values(SOURCES)) expect(fullAttribution(LAYERS)).toContain(source.label);
	});
});
