import type { LayerMeta } from './types';

export const baseStations5g: LayerMeta = {
	id: 'base_stations_5g',
	title: { cs: '5G základnové stanice', en: '5G base stations', de: '5G-Basisstationen' },
	theme: 'connectivity',
	geometryType: 'Point',
	minzoom: 10,
	maxzoom: 14,
	featureId: 'Base station id',
	fields: {
		code: { type: 'string', description: 'Base station code' },
		corridor_id: { type: 'number', description: 'Id of the corridor it serves' },
		operator: { type: 'string', description: 'Network operator' },
		status: { type: 'string', description: 'planned, piloting or live' },
		synthetic: { type: 'boolean', description: 'Generated demo record' }
	},
	attribution: ['synthetic'],
	tables: ['base_station_5g'],
	visibleByDefault: false,
	selectable: true,
	details: [{ title: { cs: 'Základnová stanice', en: 'Base station', de: 'Basisstation' }, fields: ['code', 'corridor', 'operator', 'status'] }],
	style: [{ part: 'circle', type: 'circle', paint: { 'circle-radius': 3, 'circle-color': '#6a1b9a', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } }],
	legend: [{ label: { cs: 'Základnová stanice', en: 'Base station', de: 'Basisstation' }, color: '#6a1b9a', shape: 'circle' }]
};
