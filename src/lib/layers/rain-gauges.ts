import type { LayerMeta } from './types';

export const rainGauges: LayerMeta = {
	id: 'rain_gauges',
	title: { cs: 'Srážkoměry', en: 'Rain gauges', de: 'Niederschlagsmesser' },
	theme: 'water',
	geometryType: 'Point',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'Rain gauge id',
	fields: {
		code: { type: 'string', description: 'Rain gauge code' },
		name: { type: 'string', description: 'Rain gauge name' },
		catchment: { type: 'string', description: 'Catchment (HLGP4 prefix) it serves' },
		synthetic: { type: 'boolean', description: 'Generated demo record, not a real station' }
	},
	attribution: ['synthetic'],
	tables: ['rain_gauge'],
	visibleByDefault: false,
	selectable: true,
	details: [{ title: { cs: 'Srážkoměr', en: 'Rain gauge', de: 'Niederschlagsmesser' }, fields: ['code', 'catchment', 'flood_gauge'] }],
	style: [{ part: 'circle', type: 'circle', paint: { 'circle-radius': 4, 'circle-color': '#2aa198', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } }],
	legend: [{ label: { cs: 'Srážkoměr (syntetický)', en: 'Rain gauge (synthetic)', de: 'Niederschlagsmesser (synthetisch)' }, color: '#2aa198', shape: 'circle' }]
};
