import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '$lib/layers';
import { ATLAS_SOURCE, buildStyle } from './style';

describe('buildStyle', () => {
	const style = buildStyle(LAYERS, 'http://localhost/tiles/all.json');

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('draws every part of every layer from the composite source, and nothing from elsewhere', () => {
		const drawn = style.layers.filter((layer) => layer.type !== 'background');
		expect(drawn).toHaveLength(LAYERS.reduce((count, layer) => count + layer.style.length, 0));
		for (const layer of drawn) expect('source' in layer && layer.source).toBe(ATLAS_SOURCE);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});
});
