/** Data sources and their licences, as sql/data/SOURCES.md states them. Shown in the map's attribution and README. */
export const SOURCES = {
	cuzk_csu: {
		label: '© ČÚZK, ČSÚ (CC BY 4.0), geometrie DataRozhlas',
		url: 'https://www.cuzk.cz/'
	},
	chmi: {
		label: '© ČHMÚ (CC BY 4.0)',
		url: 'https://www.chmi.cz/'
	},
	rczechia: {
		label: 'RCzechia (MIT), © ArcČR, ARCDATA PRAHA, ZÚ, ČSÚ 2016',
		url: 'https://github.com/jlacko/RCzechia'
	},
	powerbi_cesko: {
		label: 'jlacko/powerbi-cesko (MIT)',
		url: 'https://github.com/jlacko/powerbi-cesko'
	},
	synthetic: {
		label: 'Syntetická data Region Atlas (ilustrační, nejsou skutečná)',
		url: '/tiles'
	}
} as const;

export type SourceId = keyof typeof SOURCES;

export function attributionHtml(ids: Iterable<SourceId>): string {
	return [...new Set(ids)].map((id) => `<a href="${SOURCES[id].url}">${SOURCES[id].label}</a>`).join(' | ');
}
