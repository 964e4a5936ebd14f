import type { LayerMeta, LayerStyle } from './types';

const label = (minzoom: number, minPopulation: number, maxPopulation: number, size: number): LayerStyle => ({
		part: `labels-${minPopulation}`,
		type: 'symbol',
		minzoom,
		filter: ['all', ['>=', ['get', 'population'], minPopulation], ['<', ['get', 'population'], maxPopulation]],
		layout: {
			'text-field': ['get', 'name'],
			// No glyph server: MapLibre draws the text locally with the browser's own sans-serif font.
			'text-font': ['sans-serif'],
			'text-size': size,
			'symbol-sort-key': ['-', ['get', 'population']],
			'text-padding': 4
		},
		paint: { 'text-color': '#1d2733', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
});

export const placeLabels: LayerMeta = {
	id: 'place_labels',
	title: { cs: 'Názvy obcí', en: 'Place names', de: 'Ortsnamen' },
	theme: 'territory',
	geometryType: 'Point',
	minzoom: 7,
	maxzoom: 14,
	featureId: 'RÚIAN municipality code (kod_obec)',
	fields: {
		name: { type: 'string', description: 'Municipality name' },
		population: { type: 'number', description: 'Population on 1 January 2019, orders the labels' }
	},
	attribution: ['cuzk_csu'],
	tables: ['municipality'],
	visibleByDefault: true,
	selectable: false,
	style: [label(7, 20_000, 1e9, 14), label(9, 3_000, 20_000, 12.5), label(11, 0, 3_000, 11)],
	legend: [{ label: { cs: 'Název obce', en: 'Place name', de: 'Ortsname' }, color: '#1d2733', shape: 'label' }]
};
