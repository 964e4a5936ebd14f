import type { LayerMeta } from './types';

export const waterBodies: LayerMeta = {
	id: 'water_bodies',
	title: { cs: 'Vodní plochy', en: 'Lakes and reservoirs', de: 'Seen und Talsperren' },
	theme: 'water',
	geometryType: 'Polygon',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'Position in the ArcČR 500 water body file',
	fields: {
		name: { type: 'string', description: 'Name of the lake or reservoir' },
		elevation_m: { type: 'number', description: 'Water level elevation in metres above sea level' }
	},
	attribution: ['rczechia'],
	tables: ['water_body'],
	visibleByDefault: true,
	selectable: true,
	details: [{ title: { cs: 'Vodní plocha', en: 'Lake or reservoir', de: 'See oder Talsperre' }, fields: ['area_ha', 'elevation_m'] }],
	style: [{ part: 'fill', type: 'fill', paint: { 'fill-color': '#9cc9e8' } }],
	legend: [{ label: { cs: 'Vodní plocha', en: 'Lake or reservoir', de: 'See oder Talsperre' }, color: '#9cc9e8', shape: 'fill' }]
};
