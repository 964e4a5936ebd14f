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
	style: [{ part: 'line', type: 'line', paint: { 'line-color': ['case', ['get', 'major'], '#3f86bd', '#5b9fd0'], 'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', ['get', 'major'], 1.8, 0.6], 12, ['case', ['get', 'major'], 3.5, 1.4]] } }],
	legend: [
		{ label: { cs: 'Hlavní tok', en: 'Major river', de: 'Hauptfluss' }, color: '#3f86bd', shape: 'line' },
		{ label: { cs: 'Ostatní vodní toky', en: 'Other watercourses', de: 'Andere Gewässer' }, color: '#5b9fd0', shape: 'line' }
	]
};
