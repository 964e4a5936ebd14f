import { describe, expect, it } from 'vitest';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { formatDateTime, formatNumber, translator } from '.';

describe('translations', () => {
	it('have every Czech key in English and German, none empty', () => {
		for (const messages of [en, de]) {
			expect(Object.keys(messages).sort()).toEqual(Object.keys(cs).sort());
			for (const value of Object.values(messages)) expect(value.trim()).not.toBe('');
		}
	});

	it('fill in placeholders and keep the same placeholders in every language', () => {
		expect(translator('de')('search.none', { query: 'xyz' })).toBe('Nichts gefunden für „xyz“');
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
		for (const key of Object.keys(cs) as (keyof typeof cs)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(cs[key]));
			expect(placeholders(de[key]), key).toEqual(placeholders(cs[key]));
		}
	});

	it('writes numbers per locale', () => {
		expect(formatNumber(1264655.5, 'en')).toBe('1,264,655.5');
		expect(formatNumber(1264655.5, 'de')).toBe('1.264.655,5');
		expect(formatNumber(1264655.5, 'cs').replace(/\s/g, ' ')).toBe('1 264 655,5');
	});
});

describe('formatDateTime', () => {
	it('shows Prague time, summer and winter, whatever zone the process runs in', () => {
		expect(formatDateTime('2026-07-01T10:00:00Z', 'cs', { timeStyle: 'short' })).toBe('12:00');
		expect(formatDateTime('2026-01-01T10:00:00Z', 'cs', { timeStyle: 'short' })).toBe('11:00');
		expect(formatDateTime('2026-01-01T23:30:00Z', 'de', { dateStyle: 'short' })).toBe('02.01.26');
	});
});
