import type { Locale } from '$lib/layers/types';
import { cs, type MessageKey, type Messages } from './cs';
import { de } from './de';
import { en } from './en';

export const LOCALES: readonly Locale[] = ['cs', 'en', 'de'];
export const DEFAULT_LOCALE: Locale = 'cs';
export const LOCALE_NAMES: Record<Locale, string> = { cs: 'Čeština', en: 'English', de: 'Deutsch' };

const MESSAGES: Record<Locale, Messages> = { cs, en, de };

export const isLocale = (value: string | null): value is Locale => LOCALES.includes(value as Locale);

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `t('search.none', { query })`: the message in `locale` with `{name}` placeholders filled in. */
export function translator(locale: Locale): Translate {
	const messages = MESSAGES[locale];
	return (key, params = {}) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Numbers written the way the locale writes them (1 264 655 / 1,264,655 / 1.264.655). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	return new Intl.NumberFormat(locale, options).format(value);
}

export type { MessageKey };

/** The regions' clock: every time the app shows is Prague time, whatever zone the browser or server is in. */
export const TIME_ZONE = 'Europe/Prague';

/** A date and time on the regions' clock, the way the locale writes them. */
export function formatDateTime(value: Date | string | number, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }): string {
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE }).format(new Date(value));
}
