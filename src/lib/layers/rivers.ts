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
	style: [{ part: 'line', type: 'line', paint: { 'line-color': '#4a90c2', 'line-width': ['case', ['get', 'major'], 2.5, 1] } }],
	legend: [{ label: { cs: 'Vodní tok', en: 'River', de: 'Fluss' }, color: '#4a90c2', shape: 'line' }]
};
