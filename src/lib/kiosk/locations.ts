import type { Locale, Localised } from '$lib/layers/types';

/** A place where the regional public Wi-Fi shows its kiosk page; adding one is adding an entry here. */
export interface KioskLocation {
	id: string;
	name: Localised;
	/** lon, lat of the spot (station building or terminal). */
	point: [number, number];
	zoom: number;
	defaultLang: Locale;
	/** `touch-kiosk`: a public screen (big targets, idle reset, attract state); `phone`: a visitor's own phone. */
	mode: 'touch-kiosk' | 'phone';
	/** RÚIAN code of the municipality it is in. */
	kodObec: number;
	highlights: Localised[];
}

export const KIOSK_LOCATIONS: readonly KioskLocation[] = [
	{
		id: 'usti-nad-labem-hl-n',
		name: { cs: 'Ústí nad Labem hlavní nádraží', en: 'Ústí nad Labem main station', de: 'Ústí nad Labem Hauptbahnhof' },
		point: [14.0456, 50.6596],
		zoom: 14,
		defaultLang: 'cs',
		mode: 'touch-kiosk',
		kodObec: 554804,
		highlights: [
			{ cs: 'Zámek Střekov nad Labem', en: 'Střekov Castle above the Elbe', de: 'Burg Střekov über der Elbe' },
			{ cs: 'Lanovka na Větruši', en: 'Cable car to Větruše', de: 'Seilbahn zur Větruše' }
		]
	},
	{
		id: 'decin-hl-n',
		name: { cs: 'Děčín hlavní nádraží', en: 'Děčín main station', de: 'Děčín Hauptbahnhof' },
		point: [14.2036, 50.7736],
		zoom: 14,
		defaultLang: 'de',
		mode: 'phone',
		kodObec: 562335,
		highlights: [
			{ cs: 'Děčínský zámek', en: 'Děčín Castle', de: 'Schloss Děčín' },
			{ cs: 'Národní park České Švýcarsko', en: 'Bohemian Switzerland National Park', de: 'Nationalpark Böhmische Schweiz' }
		]
	},
	{
		id: 'liberec-autobusove-nadrazi',
		name: { cs: 'Liberec autobusové nádraží', en: 'Liberec bus terminal', de: 'Liberec Busbahnhof' },
		point: [15.0486, 50.7634],
		zoom: 14,
		defaultLang: 'cs',
		mode: 'touch-kiosk',
		kodObec: 563889,
		highlights: [
			{ cs: 'Ještěd', en: 'Ještěd mountain', de: 'Jeschken' },
			{ cs: 'Liberecká radnice', en: 'Liberec town hall', de: 'Rathaus Liberec' }
		]
	},
	{
		id: 'most-nadrazi',
		name: { cs: 'Most nádraží', en: 'Most station', de: 'Most Bahnhof' },
		point: [13.6453, 50.5035],
		zoom: 14,
		defaultLang: 'cs',
		mode: 'phone',
		kodObec: 567027,
		highlights: [
			{ cs: 'Přesunutý kostel Nanebevzetí Panny Marie', en: 'The relocated Church of the Assumption', de: 'Die verschobene Mariä-Himmelfahrt-Kirche' },
			{ cs: 'Jezero Most', en: 'Lake Most', de: 'See Most' }
		]
	},
	{
		id: 'teplice-nadrazi',
		name: { cs: 'Teplice nádraží', en: 'Teplice station', de: 'Teplice Bahnhof' },
		point: [13.8283, 50.6377],
		zoom: 14,
		defaultLang: 'cs',
		mode: 'touch-kiosk',
		kodObec: 567442,
		highlights: [
			{ cs: 'Lázeňský zámek a park', en: 'Spa chateau and park', de: 'Kurschloss und Park' },
			{ cs: 'Beethovenova stezka', en: 'Beethoven trail', de: 'Beethoven-Weg' }
		]
	}
];

export const findKioskLocation = (id: string) => KIOSK_LOCATIONS.find((location) => location.id === id);
