import type { LayerMeta } from './types';

export const municipalities: LayerMeta = {
	id: 'municipalities',
	title: { cs: 'Obce', en: 'Municipalities', de: 'Gemeinden' },
	theme: 'territory',
	geometryType: 'Polygon',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'RÚIAN municipality code (kod_obec)',
	fields: {
		name: { type: 'string', description: 'Municipality name' },
		district_lau1: { type: 'string', description: 'LAU 1 code of the district' },
		region_nuts3: { type: 'string', description: 'NUTS 3 code of the region' },
		population: { type: 'number', description: 'Population on 1 January 2019 (ČSÚ)' },
		area_km2: { type: 'number', description: 'Area in km²' },
		population_density: { type: 'number', description: 'Inhabitants per km²' },
		brownfield_ha_per_1000: { type: 'number', description: 'Brownfield hectares per 1,000 inhabitants' },
		share_near_5g: { type: 'number', description: 'Share of the area within 2 km of a 5G corridor (0–1)' }
	},
	attribution: ['cuzk_csu'],
	tables: ['municipality', 'municipality_indicator'],
	visibleByDefault: true,
	selectable: true,
	details: [
		{ title: { cs: 'Obec', en: 'Municipality', de: 'Gemeinde' }, fields: ['kod_obec', 'district', 'orp', 'region', 'population', 'area_km2', 'population_density'] },
		{ title: { cs: 'Ukazatele', en: 'Indicators', de: 'Indikatoren' }, fields: ['brownfield_count', 'brownfield_ha', 'brownfield_ha_per_1000', 'share_near_5g'] }
	],
	style: [
		{ part: 'fill', type: 'fill', paint: { 'fill-color': '#f4f1e8', 'fill-opacity': 0.6 } },
		{ part: 'outline', type: 'line', minzoom: 8, paint: { 'line-color': '#b9b4a5', 'line-width': 0.6 } }
	],
	legend: [{ label: { cs: 'Obec', en: 'Municipality', de: 'Gemeinde' }, color: '#f4f1e8', shape: 'fill' }]
};
