import type { LayerMeta } from './types';

export const regions: LayerMeta = {
	id: 'regions',
	title: { cs: 'Kraje', en: 'Regions', de: 'Regionen' },
	theme: 'territory',
	geometryType: 'Polygon',
	minzoom: 0,
	maxzoom: 14,
	featureId: 'RÚIAN kraj code (KOD_KRAJ)',
	fields: {
		nuts3: { type: 'string', description: 'NUTS 3 code (CZ042, CZ051)' },
		name: { type: 'string', description: 'Region name' }
	},
	attribution: ['rczechia'],
	tables: ['region'],
	visibleByDefault: true,
	selectable: true,
	details: [{ title: { cs: 'Kraj', en: 'Region', de: 'Region' }, fields: ['nuts3', 'municipalities', 'population'] }],
	style: [{ part: 'outline', type: 'line', paint: { 'line-color': '#3d3d5c', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3] } }],
	legend: [{ label: { cs: 'Hranice kraje', en: 'Region boundary', de: 'Regionsgrenze' }, color: '#3d3d5c', shape: 'line' }]
};
