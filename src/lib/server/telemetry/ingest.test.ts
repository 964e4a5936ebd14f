import { describe, expect, it } from 'vitest';
import { parseBody } from './ingest';

describe('parseBody', () => {
	it('reads SensorThings CreateObservations in any component order', () => {
		const parsed = parseBody([
			{ Datastream: { '@iot.id': 7 }, components: ['result', 'phenomenonTime'], dataArray: [[20.5, '2026-01-01T00:00:00Z'], [21, '2026-01-01T00:10:00Z']] },
			{ Datastream: { '@iot.id': 8 }, components: ['phenomenonTime', 'result'], dataArray: [['2026-01-01T00:00:00Z', 3]] }
		]);
		expect(parsed).toEqual({
			ok: true,
			readings: [
				{ datastream: 7, phenomenonTime: '2026-01-01T00:00:00Z', result: 20.5 },
				{ datastream: 7, phenomenonTime: '2026-01-01T00:10:00Z', result: 21 },
				{ datastream: 8, phenomenonTime: '2026-01-01T00:00:00Z', result: 3 }
			]
		});
	});

	it('reads a plain list', () => {
		expect(parseBody([{ datastream: 1, phenomenonTime: '2026-01-01T00:00:00Z', result: 1 }])).toMatchObject({ ok: true, readings: [{ datastream: 1 }] });
	});

	it.each([
		[{ not: 'an array' }, 'JSON array'],
		[[{ Datastream: { '@iot.id': 1 }, components: ['result'], dataArray: [[1]] }], 'phenomenonTime'],
		[[{ datastream: 1 }], 'Item 0']
	])('explains what is wrong with %j', (body, hint) => {
		const parsed = parseBody(body);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toContain(hint);
	});
});
