import type { LayerMeta } from './types';

export const districts: LayerMeta = {
	id: 'districts',
	title: { cs: 'Okresy', en: 'Districts', de: 'Bezirke' },
	theme: 'territory',
	geometryType: 'Polygon',
	minzoom: 4,
	maxzoom: 14,
	featureId: 'ČSÚ okres code (KOD_OKRES)',
	fields: {
		lau1: { type: 'string', description: 'LAU 1 code (CZ0421 …)' },
		name: { type: 'string', description: 'District name' },
		region_nuts3: { type: 'string', description: 'NUTS 3 code of the region' }
	},
	// Outlines are the union of the district's municipalities (sql/load/04_district_outline.sql); codes and names from powerbi-cesko.
	attribution: ['cuzk_csu', 'powerbi_cesko'],
	tables: ['district'],
	visibleByDefault: true,
	selectable: true,
	details: [{ title: { cs: 'Okres', en: 'District', de: 'Bezirk' }, fields: ['lau1', 'region', 'municipalities', 'population'] }],
	style: [{ part: 'outline', type: 'line', paint: { 'line-color': '#6b6b8a', 'line-width': 1 } }],
	legend: [{ label: { cs: 'Hranice okresu', en: 'District boundary', de: 'Bezirksgrenze' }, color: '#6b6b8a', shape: 'line' }]
};
