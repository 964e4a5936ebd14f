import type { LayerMeta } from './types';

export const rivers: LayerMeta = {
	id: 'rivers',
	title: { cs: 'Vodní toky', en: 'Rivers', de: 'Flüsse' },
	theme: 'water',
	geometryType: 'LineString',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'Position in the ArcČR 500 river file',
	fields: {
		name: { type: 'string', description: 'River name' },
		kind: { type: 'number', description: 'ArcČR watercourse type (TYP)' },
		major: { type: 'boolean', description: 'Labe or Ohře' }
	},
	attribution: ['rczechia'],
	tables: ['river'],
	visibleByDefault: true,
	selectable: true,
	details: [{ title: { cs: 'Vodní tok', en: 'Watercourse', de: 'Gewässer' }, fields: ['kind', 'major', 'length_km'] }],
	// One style layer per kind, each with a constant colour and a zoom-only width: MapLibre then draws every line of
	// the opening map with the same shader program, one fewer to compile before the first picture (software WebGL).
	style: [
		{ part: 'other', type: 'line', filter: ['!=', ['get', 'major'], true], paint: { 'line-color': '#5b9fd0', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 1.4] } },
		{ part: 'major', type: 'line', filter: ['==', ['get', 'major'], true], paint: { 'line-color': '#3f86bd', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.8, 12, 3.5] } }
	],
	legend: [
		{ label: { cs: 'Hlavní tok', en: 'Major river', de: 'Hauptfluss' }, color: '#3f86bd', shape: 'line' },
		{ label: { cs: 'Ostatní vodní toky', en: 'Other watercourses', de: 'Andere Gewässer' }, color: '#5b9fd0', shape: 'line' }
	]
};
