import type { LayerMeta } from './types';

export const brownfields: LayerMeta = {
	id: 'brownfields',
	title: { cs: 'Brownfieldy', en: 'Brownfields', de: 'Brachflächen' },
	theme: 'development',
	geometryType: 'Polygon',
	minzoom: 8,
	maxzoom: 14,
	featureId: 'Site id',
	fields: {
		code: { type: 'string', description: 'Site code' },
		name: { type: 'string', description: 'Site name' },
		kod_obec: { type: 'number', description: 'RÚIAN code of the municipality' },
		area_ha: { type: 'number', description: 'Site area in ha' },
		built_up_ha: { type: 'number', description: 'Built-up area in ha' },
		previous_use: { type: 'string', description: 'industrial, agricultural, civic, military, residential, transport or other' },
		ownership: { type: 'string', description: 'private, municipal, regional, state or mixed' },
		ecological_burden: { type: 'string', description: 'none, suspected or confirmed' },
		state: { type: 'string', description: 'derelict, partly_used, in_regeneration or regenerated' },
		proposed_reuse: { type: 'string', description: 'small_business_coworking, economic_use_natural_succession, housing_mixed_use or not_decided' },
		public: { type: 'boolean', description: 'Published with the owner’s consent' },
		synthetic: { type: 'boolean', description: 'Generated demo record, not a real site' }
	},
	attribution: ['synthetic'],
	tables: ['brownfield'],
	visibleByDefault: true,
	selectable: true,
	details: [
		{ title: { cs: 'Lokalita', en: 'Site', de: 'Standort' }, fields: ['code', 'municipality', 'district', 'area_ha', 'built_up_ha', 'state'] },
		{ title: { cs: 'Vlastnictví a zveřejnění', en: 'Ownership and publication', de: 'Eigentum und Veröffentlichung' }, fields: ['ownership', 'public'] },
		{ title: { cs: 'Využití', en: 'Use', de: 'Nutzung' }, fields: ['previous_use', 'proposed_reuse', 'ecological_burden'] }
	],
	style: [
		{ part: 'fill', type: 'fill', paint: { 'fill-color': '#8d5524', 'fill-opacity': 0.55 } },
		{ part: 'outline', type: 'line', paint: { 'line-color': '#5c3317', 'line-width': 1 } }
	],
	legend: [{ label: { cs: 'Brownfield (syntetický)', en: 'Brownfield (synthetic)', de: 'Brachfläche (synthetisch)' }, color: '#8d5524', shape: 'fill' }]
};
