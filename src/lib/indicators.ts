import type { Localised } from '$lib/layers/types';

/** Municipality indicators the choropleth can show; values come from the view municipality_indicator_value. */
export interface Indicator {
	id: string;
	title: Localised;
	unit: Localised;
	/** How values are written: a plain number with these decimals, or a percentage of a 0–1 share. */
	format: { style: 'decimal'; decimals: number } | { style: 'percent'; decimals: number };
	source: 'real' | 'synthetic';
}

export const INDICATORS: readonly Indicator[] = [
	{
		id: 'population',
		title: { cs: 'Počet obyvatel (2019)', en: 'Population (2019)', de: 'Einwohner (2019)' },
		unit: { cs: 'obyvatel', en: 'inhabitants', de: 'Einwohner' },
		format: { style: 'decimal', decimals: 0 },
		source: 'real'
	},
	{
		id: 'population_density',
		title: { cs: 'Hustota zalidnění', en: 'Population density', de: 'Bevölkerungsdichte' },
		unit: { cs: 'obyv./km²', en: 'per km²', de: 'Einw./km²' },
		format: { style: 'decimal', decimals: 1 },
		source: 'real'
	},
	{
		id: 'brownfield_ha_per_1000',
		title: { cs: 'Brownfieldy na 1 000 obyvatel', en: 'Brownfields per 1,000 people', de: 'Brachflächen je 1.000 Einwohner' },
		unit: { cs: 'ha', en: 'ha', de: 'ha' },
		format: { style: 'decimal', decimals: 2 },
		source: 'synthetic'
	},
	{
		id: 'brownfield_ha',
		title: { cs: 'Plocha brownfieldů', en: 'Brownfield area', de: 'Brachflächen' },
		unit: { cs: 'ha', en: 'ha', de: 'ha' },
		format: { style: 'decimal', decimals: 1 },
		source: 'synthetic'
	},
	{
		id: 'share_near_5g',
		title: { cs: 'Podíl území do 2 km od 5G koridoru', en: 'Area within 2 km of a 5G corridor', de: 'Fläche bis 2 km vom 5G-Korridor' },
		unit: { cs: '%', en: '%', de: '%' },
		format: { style: 'percent', decimals: 0 },
		source: 'synthetic'
	}
];

export function findIndicator(id: string): Indicator | undefined {
	return INDICATORS.find((indicator) => indicator.id === id);
}
