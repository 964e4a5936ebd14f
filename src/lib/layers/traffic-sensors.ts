import type { LayerMeta } from './types';

export const trafficSensors: LayerMeta = {
	id: 'traffic_sensors',
	title: { cs: 'Sčítače dopravy', en: 'Traffic counters', de: 'Verkehrszählstellen' },
	theme: 'mobility',
	geometryType: 'Point',
	minzoom: 8,
	maxzoom: 14,
	featureId: 'Counter id',
	fields: {
		code: { type: 'string', description: 'Counter code' },
		name: { type: 'string', description: 'Counter name' },
		road: { type: 'string', description: 'Road number (D8, I/13 …)' },
		road_class: { type: 'string', description: 'motorway or class_1' },
		directions: { type: 'string', description: 'Counted directions, separated by " / "' },
		lanes: { type: 'number', description: 'Number of lanes' },
		typical_daily_volume: { type: 'number', description: 'Typical vehicles per day' },
		heavy_vehicle_share: { type: 'number', description: 'Share of heavy vehicles (0–1)' },
		synthetic: { type: 'boolean', description: 'Generated demo record, not a real counter' }
	},
	attribution: ['synthetic'],
	tables: ['traffic_sensor'],
	visibleByDefault: true,
	selectable: true,
	details: [
		{ title: { cs: 'Sčítací místo', en: 'Counting point', de: 'Zählstelle' }, fields: ['code', 'road', 'road_class', 'municipality', 'lanes', 'directions'] },
		{ title: { cs: 'Provoz', en: 'Traffic', de: 'Verkehr' }, fields: ['typical_daily_volume', 'heavy_vehicle_share'] }
	],
	style: [
		{
			part: 'circle',
			type: 'circle',
			paint: {
				// Grows with the live 15-minute count (feature state from the stream), up to 2.5 × at 1,500 vehicles.
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					8,
					['*', 3, ['+', 1, ['*', 1.5, ['min', 1, ['/', ['coalesce', ['feature-state', 'vehicles_light'], 0], 1500]]]]],
					14,
					['*', 7, ['+', 1, ['*', 1.5, ['min', 1, ['/', ['coalesce', ['feature-state', 'vehicles_light'], 0], 1500]]]]]
				],
				'circle-color': ['match', ['get', 'road_class'], 'motorway', '#c0392b', '#e67e22'],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1
			}
		}
	],
	legend: [
		{ label: { cs: 'Sčítač na dálnici', en: 'Motorway counter', de: 'Zählstelle Autobahn' }, color: '#c0392b', shape: 'circle' },
		{ label: { cs: 'Sčítač na silnici I. třídy', en: 'Class I road counter', de: 'Zählstelle Straße I. Klasse' }, color: '#e67e22', shape: 'circle' }
	]
};
