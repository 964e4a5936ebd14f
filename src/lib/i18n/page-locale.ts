import { DEFAULT_LOCALE, isLocale, translator } from '.';
import type { Locale } from '$lib/layers/types';

/** The locale a page's URL asks for (`?lang=`), Czech by default. */
export function localeOf(url: URL): Locale {
	const requested = url.searchParams.get('lang');
	return isLocale(requested) ? requested : DEFAULT_LOCALE;
}

/** A link that keeps the visitor's language. */
export function localised(path: string, locale: Locale): string {
	if (locale === DEFAULT_LOCALE) return path;
	return `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}

export const pageTranslator = (url: URL) => translator(localeOf(url));
