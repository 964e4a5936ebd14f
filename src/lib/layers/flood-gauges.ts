import type { LayerMeta } from './types';

const threshold = (level: string, unit: string) => ({ type: 'number' as const, description: `${level} threshold in ${unit} (absent where ČHMÚ sets none)` });

export const floodGauges: LayerMeta = {
	id: 'flood_gauges',
	title: { cs: 'Vodoměrné stanice ČHMÚ', en: 'ČHMÚ river gauges', de: 'ČHMÚ-Pegel' },
	theme: 'water',
	geometryType: 'Point',
	minzoom: 6,
	maxzoom: 14,
	featureId: 'ČHMÚ station number (DBC) as an integer',
	fields: {
		dbc: { type: 'string', description: 'ČHMÚ station number as written by ČHMÚ' },
		station: { type: 'string', description: 'Station name' },
		river: { type: 'string', description: 'River' },
		spa1_cm: threshold('SPA 1 (bdělost)', 'cm'),
		spa2_cm: threshold('SPA 2 (pohotovost)', 'cm'),
		spa3_cm: threshold('SPA 3 (ohrožení)', 'cm'),
		extreme_cm: threshold('Extreme flood (SPA4)', 'cm'),
		spa1_m3s: threshold('SPA 1 (bdělost)', 'm³/s'),
		spa2_m3s: threshold('SPA 2 (pohotovost)', 'm³/s'),
		spa3_m3s: threshold('SPA 3 (ohrožení)', 'm³/s'),
		extreme_m3s: threshold('Extreme flood (SPA4)', 'm³/s'),
		has_spa_thresholds: { type: 'boolean', description: 'ČHMÚ sets all of SPA 1–3 for stage or discharge' }
	},
	attribution: ['chmi'],
	tables: ['flood_gauge'],
	visibleByDefault: true,
	selectable: true,
	style: [
		{
			part: 'circle',
			type: 'circle',
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3, 12, 7],
				'circle-color': ['case', ['get', 'has_spa_thresholds'], '#1f5fa8', '#8aa6c4'],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5
			}
		}
	],
	legend: [
		{ label: { cs: 'Stanice s SPA', en: 'Gauge with SPA thresholds', de: 'Pegel mit Hochwasserstufen' }, color: '#1f5fa8', shape: 'circle' },
		{ label: { cs: 'Stanice bez SPA', en: 'Gauge without SPA thresholds', de: 'Pegel ohne Hochwasserstufen' }, color: '#8aa6c4', shape: 'circle' }
	]
};
