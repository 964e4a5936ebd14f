import { describe, expect, it } from 'vitest';
import { afterBatch, formatPosition, isAfter, parsePosition } from './stream-log';

describe('stream positions', () => {
	it('round-trip through the SSE id', () => {
		expect(parsePosition(formatPosition({ batch: 1207, ordinal: 3 }))).toEqual({ batch: 1207, ordinal: 3 });
		expect(parsePosition(formatPosition(afterBatch(9)))).toEqual(afterBatch(9));
	});

	it('read a bare batch number as after the whole batch', () => {
		expect(parsePosition('41')).toEqual(afterBatch(41));
		expect(isAfter({ batch: 41, ordinal: 5_000 }, parsePosition('41')!)).toBe(false);
		expect(isAfter({ batch: 42, ordinal: 1 }, parsePosition('41')!)).toBe(true);
	});

	it('refuse what this stream never hands out', () => {
		for (const text of ['', '-1', '1-', '1-2-3', '1.5', 'abc', '1234567890123456', '1 2', '1-12345678901']) expect(parsePosition(text)).toBeUndefined();
	});

	it('order by batch, then by place in the batch', () => {
		expect(isAfter({ batch: 2, ordinal: 1 }, { batch: 1, ordinal: 9 })).toBe(true);
		expect(isAfter({ batch: 2, ordinal: 2 }, { batch: 2, ordinal: 1 })).toBe(true);
		expect(isAfter({ batch: 2, ordinal: 1 }, { batch: 2, ordinal: 1 })).toBe(false);
	});
});
