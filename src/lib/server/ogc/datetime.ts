import { z } from 'zod';

/** A closed or half-open time interval; an instant has `start` equal to `end`. */
export interface TimeInterval {
	start: Date | null;
	end: Date | null;
}

/** RFC 3339 date-time, as OGC API – Features asks: a date, a time and an offset (`Z` or `±hh:mm`). */
const DATE_TIME = z.iso.datetime({ offset: true });

export class DatetimeError extends Error {}

const EXAMPLES = 'e.g. 2026-11-30T12:00:00Z, 2026-11-30T00:00:00Z/2026-12-01T00:00:00Z, 2026-11-30T12:00:00+01:00/.. or ../2026-12-01T00:00:00Z';

function dateTime(text: string, role: string): Date {
	if (!DATE_TIME.safeParse(text).success) throw new DatetimeError(`The ${role} '${text.slice(0, 40)}' is not an RFC 3339 date-time with a time zone (${EXAMPLES}).`);
	return new Date(text);
}

const isOpen = (text: string) => text === '..' || text === '';

/**
 * The `datetime` parameter of OGC API – Features, Part 1: an instant, a closed interval `start/end`, or an
 * interval open at one end (`start/..`, `../end`, or an empty end). Throws DatetimeError saying what is wrong.
 */
export function parseDatetime(text: string): TimeInterval {
	const parts = text.split('/');
	if (parts.length === 1) {
		const instant = dateTime(text, 'date-time');
		return { start: instant, end: instant };
	}
	if (parts.length !== 2) throw new DatetimeError(`A time interval has one '/' between its start and end (${EXAMPLES}).`);
	const [startText, endText] = parts as [string, string];
	if (isOpen(startText) && isOpen(endText)) throw new DatetimeError(`An interval needs at least one end that is a date-time (${EXAMPLES}).`);
	const start = isOpen(startText) ? null : dateTime(startText, 'start');
	const end = isOpen(endText) ? null : dateTime(endText, 'end');
	if (start && end && start > end) throw new DatetimeError(`The interval ends (${endText}) before it starts (${startText}).`);
	return { start, end };
}
