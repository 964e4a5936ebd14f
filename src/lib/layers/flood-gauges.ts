import type { LayerMeta } from './types';

/** ČHMÚ's colours of the flood-activity levels. */
export const SPA_COLOURS = { spa1: '#8fd14f', spa2: '#f39c12', spa3: '#e02020', extreme: '#8e44ad' } as const;

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
	temporalProperty: 'observed_at',
	details: [
		{ title: { cs: 'Stanice', en: 'Station', de: 'Station' }, fields: ['station', 'river', 'region', 'dbc', 'hydro_order', 'catchment_km2'] },
		{
			title: { cs: 'Aktuální stav', en: 'Current state', de: 'Aktueller Zustand' },
			fields: ['level', 'quality', 'stage_cm', 'discharge_m3s', 'observed_at'],
			derivedFrom: 'observed_at'
		},
		{
			title: { cs: 'Stupně povodňové aktivity – vodní stav', en: 'Flood-activity thresholds – stage', de: 'Hochwasserstufen – Wasserstand' },
			fields: ['threshold_kind', 'has_spa_thresholds', 'drought_cm', 'spa1_cm', 'spa2_cm', 'spa3_cm', 'extreme_cm']
		},
		{
			title: { cs: 'Stupně povodňové aktivity – průtok', en: 'Flood-activity thresholds – discharge', de: 'Hochwasserstufen – Abfluss' },
			fields: ['drought_m3s', 'spa1_m3s', 'spa2_m3s', 'spa3_m3s', 'extreme_m3s']
		}
	],
	style: [
		{
			part: 'circle',
			type: 'circle',
			paint: {
				// Gauges the flood watch judges against official thresholds stand out from the others.
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['case', ['get', 'has_spa_thresholds'], 3.5, 2.5], 12, ['case', ['get', 'has_spa_thresholds'], 8, 6]],
				'circle-color': [
					'case',
					['==', ['feature-state', 'stage'], null],
					['case', ['get', 'has_spa_thresholds'], '#1f5fa8', '#8aa6c4'],
					// Same rule as src/lib/flood/spa.ts: SPA4 is extreme only where ČHMÚ set it above SPA 3.
					['all', ['has', 'extreme_cm'], ['>', ['get', 'extreme_cm'], ['coalesce', ['get', 'spa3_cm'], 0]], ['>=', ['feature-state', 'stage'], ['get', 'extreme_cm']]],
					SPA_COLOURS.extreme,
					['all', ['has', 'spa3_cm'], ['>=', ['feature-state', 'stage'], ['get', 'spa3_cm']]],
					SPA_COLOURS.spa3,
					['all', ['has', 'spa2_cm'], ['>=', ['feature-state', 'stage'], ['get', 'spa2_cm']]],
					SPA_COLOURS.spa2,
					['all', ['has', 'spa1_cm'], ['>=', ['feature-state', 'stage'], ['get', 'spa1_cm']]],
					SPA_COLOURS.spa1,
					['case', ['get', 'has_spa_thresholds'], '#1f5fa8', '#8aa6c4']
				],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5
			}
		}
	],
	legend: [
		{ label: { cs: 'Stanice s SPA, pod SPA 1', en: 'Gauge with SPA thresholds, below SPA 1', de: 'Pegel mit Hochwasserstufen, unter Stufe 1' }, color: '#1f5fa8', shape: 'circle' },
		{ label: { cs: 'Stanice bez SPA', en: 'Gauge without SPA thresholds', de: 'Pegel ohne Hochwasserstufen' }, color: '#8aa6c4', shape: 'circle' },
		{ label: { cs: 'SPA 1 bdělost', en: 'SPA 1 alert', de: 'Stufe 1 Wachsamkeit' }, color: SPA_COLOURS.spa1, shape: 'circle' },
		{ label: { cs: 'SPA 2 pohotovost', en: 'SPA 2 readiness', de: 'Stufe 2 Bereitschaft' }, color: SPA_COLOURS.spa2, shape: 'circle' },
		{ label: { cs: 'SPA 3 ohrožení', en: 'SPA 3 danger', de: 'Stufe 3 Gefahr' }, color: SPA_COLOURS.spa3, shape: 'circle' },
		{ label: { cs: 'Extrémní povodeň', en: 'Extreme flood', de: 'Extremhochwasser' }, color: SPA_COLOURS.extreme, shape: 'circle' }
	]
};
