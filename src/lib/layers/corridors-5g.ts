import type { LayerMeta } from './types';

export const corridors5g: LayerMeta = {
	id: 'corridors_5g',
	title: { cs: '5G koridory', en: '5G corridors', de: '5G-Korridore' },
	theme: 'connectivity',
	geometryType: 'LineString',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'Corridor id',
	fields: {
		code: { type: 'string', description: 'Corridor code' },
		name: { type: 'string', description: 'Corridor name' },
		operator: { type: 'string', description: 'Network operator' },
		status: { type: 'string', description: 'planned, piloting or live' },
		bandwidth_mbps: { type: 'number', description: 'Nominal bandwidth in Mbit/s' },
		latency_ms: { type: 'number', description: 'Nominal latency in ms' },
		length_km: { type: 'number', description: 'Length in km' },
		synthetic: { type: 'boolean', description: 'Generated demo record' }
	},
	attribution: ['synthetic'],
	tables: ['corridor_5g'],
	visibleByDefault: true,
	selectable: true,
	details: [
		{ title: { cs: 'Koridor', en: 'Corridor', de: 'Korridor' }, fields: ['code', 'operator', 'status', 'length_km', 'base_stations'] },
		{ title: { cs: 'Parametry sítě', en: 'Network', de: 'Netz' }, fields: ['bandwidth_mbps', 'latency_ms'] }
	],
	style: [
		{
			part: 'line',
			type: 'line',
			paint: {
				'line-color': ['match', ['get', 'status'], 'live', '#6a1b9a', 'piloting', '#9c4dcc', '#c9a0dc'],
				// Widens with the live throughput as a share of the nominal bandwidth (feature state from the stream).
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					6,
					['*', 2, ['+', 1, ['min', 1, ['/', ['coalesce', ['feature-state', 'throughput'], 0], ['get', 'bandwidth_mbps']]]]],
					14,
					['*', 6, ['+', 1, ['min', 1, ['/', ['coalesce', ['feature-state', 'throughput'], 0], ['get', 'bandwidth_mbps']]]]]
				]
			}
		}
	],
	legend: [
		{ label: { cs: 'V provozu', en: 'Live', de: 'In Betrieb' }, color: '#6a1b9a', shape: 'line' },
		{ label: { cs: 'Pilotní provoz', en: 'Piloting', de: 'Pilotbetrieb' }, color: '#9c4dcc', shape: 'line' },
		{ label: { cs: 'Plánovaný', en: 'Planned', de: 'Geplant' }, color: '#c9a0dc', shape: 'line' }
	]
};
