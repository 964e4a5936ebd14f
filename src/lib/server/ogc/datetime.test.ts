import { describe, expect, it } from 'vitest';
import { DatetimeError, parseDatetime } from './datetime';

const at = (text: string) => new Date(text);

describe('OGC API datetime', () => {
	it.each([
		['2026-11-30T12:00:00Z', { start: at('2026-11-30T12:00:00Z'), end: at('2026-11-30T12:00:00Z') }],
		['2026-11-30T13:00:00+01:00', { start: at('2026-11-30T12:00:00Z'), end: at('2026-11-30T12:00:00Z') }],
		['2026-11-30T00:00:00Z/2026-12-01T00:00:00.500Z', { start: at('2026-11-30T00:00:00Z'), end: at('2026-12-01T00:00:00.500Z') }],
		['2026-11-30T00:00:00Z/..', { start: at('2026-11-30T00:00:00Z'), end: null }],
		['2026-11-30T00:00:00Z/', { start: at('2026-11-30T00:00:00Z'), end: null }],
		['../2026-12-01T00:00:00Z', { start: null, end: at('2026-12-01T00:00:00Z') }],
		['/2026-12-01T00:00:00Z', { start: null, end: at('2026-12-01T00:00:00Z') }]
	])('reads %s', (text, interval) => {
		expect(parseDatetime(text)).toEqual(interval);
	});

	it.each([
		['2026-11-30', /not an RFC 3339 date-time/],
		['2026-11-30T12:00:00', /with a time zone/],
		['2026-13-30T12:00:00Z', /not an RFC 3339/],
		['yesterday', /'yesterday'/],
		["2026-11-30T12:00:00Z' OR 1=1--", /not an RFC 3339/],
		['../..', /at least one end/],
		['2026-11-30T00:00:00Z/2026-12-01T00:00:00Z/2026-12-02T00:00:00Z', /one '\/'/],
		['2026-12-01T00:00:00Z/2026-11-30T00:00:00Z', /ends .* before it starts/]
	])('refuses %s, saying why', (text, message) => {
		expect(() => parseDatetime(text)).toThrow(DatetimeError);
		expect(() => parseDatetime(text)).toThrow(message);
	});
});
