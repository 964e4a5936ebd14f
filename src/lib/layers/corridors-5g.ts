import type { LayerMeta, LayerStyle } from './types';

const corridor = (part: string, filter: LayerStyle['filter'], colour: string): LayerStyle => ({
	part,
	type: 'line',
	filter,
	paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2, 14, 6] }
});

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
	// One style layer per status with a constant colour and a zoom-only width: every line of the opening map shares
	// one shader program. The live load (throughput) is the live overlay's, which draws each corridor by it.
	style: [corridor('planned', ['!', ['in', ['get', 'status'], ['literal', ['live', 'piloting']]]], '#c9a0dc'), corridor('piloting', ['==', ['get', 'status'], 'piloting'], '#9c4dcc'), corridor('live', ['==', ['get', 'status'], 'live'], '#6a1b9a')],
	legend: [
		{ label: { cs: 'V provozu', en: 'Live', de: 'In Betrieb' }, color: '#6a1b9a', shape: 'line' },
		{ label: { cs: 'Pilotní provoz', en: 'Piloting', de: 'Pilotbetrieb' }, color: '#9c4dcc', shape: 'line' },
		{ label: { cs: 'Plánovaný', en: 'Planned', de: 'Geplant' }, color: '#c9a0dc', shape: 'line' }
	]
};
