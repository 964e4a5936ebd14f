/**
 * The facts the synthetic data follows, from sql/data/SOURCES.md (CzechInvest brownfield database 2022,
 * ŘSD traffic census, the 5G pro 5 měst project). Roads are drawn through the towns they pass, in order.
 */

export const INDUSTRIAL_TOWNS = ['Most', 'Chomutov', 'Teplice', 'Ústí nad Labem', 'Děčín', 'Liberec', 'Jablonec nad Nisou'];

export const PREVIOUS_USE = {
	industrial: 0.307,
	agricultural: 0.288,
	civic: 0.173,
	military: 0.05,
	residential: 0.07,
	transport: 0.06,
	other: 0.052
} as const;

export const OWNERSHIP = { private: 0.65, municipal: 0.15, state: 0.08, regional: 0.05, mixed: 0.07 } as const;

/** About 40 % of sites carry some ecological burden. */
export const ECOLOGICAL_BURDEN = { none: 0.6, suspected: 0.25, confirmed: 0.15 } as const;

export const SITE_STATE = { derelict: 0.55, partly_used: 0.25, in_regeneration: 0.12, regenerated: 0.08 } as const;

export const PROPOSED_REUSE = {
	small_business_coworking: 0.25,
	economic_use_natural_succession: 0.25,
	housing_mixed_use: 0.2,
	not_decided: 0.3
} as const;

/** Private sites are published only with the owner's consent. */
export const PUBLIC_SHARE = { private: 0.3, other: 0.9 } as const;

export const SITE_LABEL: Record<keyof typeof PREVIOUS_USE, string> = {
	industrial: 'Bývalý průmyslový areál',
	agricultural: 'Bývalý zemědělský areál',
	civic: 'Nevyužitý objekt občanské vybavenosti',
	military: 'Bývalý vojenský areál',
	residential: 'Chátrající obytný objekt',
	transport: 'Nevyužitý dopravní areál',
	other: 'Opuštěná plocha'
};

export interface Road {
	road: string;
	roadClass: 'motorway' | 'class_1';
	towns: string[];
	/** Vehicles per day, ŘSD census range for this class of road. */
	volume: [number, number];
}

export const COUNTED_ROADS: Road[] = [
	{ road: 'D8', roadClass: 'motorway', towns: ['Roudnice nad Labem', 'Lovosice', 'Řehlovice', 'Chlumec', 'Petrovice'], volume: [25_000, 45_000] },
	{ road: 'I/7', roadClass: 'class_1', towns: ['Panenský Týnec', 'Louny', 'Chomutov', 'Hora Svatého Šebestiána'], volume: [8_000, 25_000] },
	{ road: 'I/8', roadClass: 'class_1', towns: ['Lovosice', 'Bílina', 'Teplice', 'Dubí'], volume: [8_000, 25_000] },
	{ road: 'I/9', roadClass: 'class_1', towns: ['Dubá', 'Česká Lípa', 'Nový Bor', 'Rumburk'], volume: [8_000, 25_000] },
	{
		road: 'I/13',
		roadClass: 'class_1',
		towns: ['Klášterec nad Ohří', 'Kadaň', 'Chomutov', 'Most', 'Bílina', 'Teplice', 'Trmice', 'Ústí nad Labem', 'Děčín', 'Česká Kamenice', 'Nový Bor', 'Svor', 'Chrastava', 'Liberec'],
		volume: [8_000, 25_000]
	},
	{ road: 'I/15', roadClass: 'class_1', towns: ['Most', 'Bělušice', 'Třebívlice', 'Lovosice', 'Litoměřice', 'Úštěk', 'Česká Lípa', 'Zákupy'], volume: [8_000, 25_000] },
	{ road: 'I/27', roadClass: 'class_1', towns: ['Žatec', 'Most', 'Litvínov'], volume: [8_000, 25_000] },
	{ road: 'I/35', roadClass: 'class_1', towns: ['Hrádek nad Nisou', 'Chrastava', 'Liberec', 'Hodkovice nad Mohelkou', 'Turnov'], volume: [8_000, 25_000] },
	{ road: 'I/62', roadClass: 'class_1', towns: ['Ústí nad Labem', 'Děčín', 'Hřensko'], volume: [8_000, 25_000] }
];

/** Heavy vehicles are 10–20 % of traffic. */
export const HEAVY_SHARE: [number, number] = [0.1, 0.2];

export type CorridorStatus = 'planned' | 'piloting' | 'live';

export interface NamedCorridor {
	name: string;
	towns: string[];
	operator: string;
	status: CorridorStatus;
}

export const NAMED_CORRIDORS: NamedCorridor[] = [
	{ name: 'Ústí nad Labem – Teplice – Bílina (I/13)', towns: ['Ústí nad Labem', 'Trmice', 'Řehlovice', 'Teplice', 'Bílina'], operator: 'CETIN', status: 'piloting' },
	{ name: 'D8 Lovosice – Petrovice', towns: ['Lovosice', 'Řehlovice', 'Chlumec', 'Petrovice'], operator: 'T-Mobile Czech Republic', status: 'live' },
	{ name: 'Liberec – Jablonec nad Nisou', towns: ['Liberec', 'Jablonec nad Nisou'], operator: 'Vodafone Czech Republic', status: 'planned' },
	{ name: 'Most – Litvínov (I/27)', towns: ['Most', 'Litvínov'], operator: 'O2 Czech Republic', status: 'planned' }
];

export const OPERATORS = ['CETIN', 'T-Mobile Czech Republic', 'Vodafone Czech Republic', 'O2 Czech Republic'];

/** Base stations stand every 0.8–1.5 km along a corridor. */
export const BASE_STATION_SPACING_KM: [number, number] = [0.8, 1.5];
