import { describe, expect, it } from 'vitest';
import type { AlertKind } from '$lib/flood/alerts';
import { evaluateLevelGauge, evaluateRainGauge, type LevelRule, type Sample } from './evaluate';

const LABE: LevelRule = { thresholds: [450, 530, 600, 700], hysteresisPct: 2, riseCm: 30, riseMinutes: 60, maxJumpCm: 100, flatMinutes: 360 };
const T0 = Date.parse('2026-11-20T00:00:00Z');
const series = (values: number[], start = T0): Sample[] => values.map((value, index) => ({ time: start + index * 600_000, value }));
const none = { history: [], fresh: [], intervalMinutes: 10 };
const stage = (fresh: Sample[], history: Sample[] = []) => ({ history, fresh, intervalMinutes: 10 });
const steps = (transitions: { kind: AlertKind; type: string; at: Sample }[]) => transitions.map((t) => `${t.type} ${t.kind} @${t.at.value}`);

describe('evaluateLevelGauge', () => {
	it('takes the Labe at Ústí through SPA 1 → 2 → 3 and back, each at the right reading', () => {
		const up = Array.from({ length: 40 }, (_, i) => 400 + i * 6); // 400 … 634, 6 cm per 10 min
		const down = Array.from({ length: 50 }, (_, i) => 634 - i * 5); // back to 389
		const result = evaluateLevelGauge(LABE, stage(series([...up, ...down])), 'stage', none, new Set());
		const levels = result.transitions.filter((t) => t.kind.startsWith('spa'));
		expect(levels.map((t) => `${t.type} ${t.kind} @${t.at.value}`)).toEqual([
			'raise spa1 @454',
			'raise spa2 @532',
			'raise spa3 @604',
			'clear spa3 @584',
			'clear spa2 @519',
			'clear spa1 @439'
		]);
		expect(result.peaks.get('spa3')).toMatchObject({ value: 634 });
		expect(result.peaks.get('spa1')).toMatchObject({ value: 634 });
		expect(result.level).toBe('normal');
	});

	it('does not flap on a noisy level around 450 cm', () => {
		const noisy = Array.from({ length: 60 }, (_, i) => 450 + (i % 2 === 0 ? 4 : -5) + (i % 7) - 3);
		const result = evaluateLevelGauge(LABE, stage(series(noisy)), 'stage', none, new Set());
		expect(steps(result.transitions)).toEqual([`raise spa1 @${noisy.find((value) => value >= 450)}`]);
		expect(result.level).toBe('spa1');
	});

	it('tracks the peak of an open alert and continues from alerts already open', () => {
		const result = evaluateLevelGauge(LABE, stage(series([470, 490, 515, 500]), series([460])), 'stage', none, new Set(['spa1']));
		expect(result.transitions).toEqual([]);
		expect(result.peaks.get('spa1')).toMatchObject({ value: 515 });
	});

	it('raises rate of rise at 30 cm in 60 minutes and clears it when the rise slows', () => {
		const values = [300, 302, 304, 306, 308, 310, 312, 320, 330, 345, 350, 351, 351, 352, 352, 352, 353];
		const result = evaluateLevelGauge({ ...LABE, thresholds: [null, null, null, null] }, stage(series(values)), 'stage', none, new Set());
		expect(steps(result.transitions)).toEqual(['raise rise @345', 'clear rise @352']);
		expect(result.level).toBe('none');
	});

	it('never raises a level alert at a gauge without thresholds', () => {
		const result = evaluateLevelGauge({ ...LABE, thresholds: [null, null, null, null] }, stage(series([100, 900, 1000, 1010].map((v, i) => v + i))), 'stage', none, new Set());
		expect(result.transitions.filter((t) => t.kind.startsWith('spa') || t.kind === 'extreme')).toEqual([]);
		expect(result.level).toBe('none');
	});

	it('calls a sudden jump a sensor fault, ignores the spike for levels, and clears when readings agree again', () => {
		const result = evaluateLevelGauge(LABE, stage(series([300, 302, 650, 303, 304, 305])), 'stage', none, new Set());
		expect(steps(result.transitions)).toEqual(['raise fault @650', 'clear fault @304']);
		expect(result.quality).toBe('ok');
	});

	it('calls (nearly) six hours of identical readings a flat line', () => {
		const result = evaluateLevelGauge(LABE, stage(series(Array(40).fill(321))), 'stage', none, new Set());
		expect(steps(result.transitions)).toEqual(['raise fault @321']);
		expect(result.transitions[0]!.at.time).toBe(T0 + 33 * 600_000);
		expect(result.quality).toBe('fault');
	});

	it('clears stale with the first new reading', () => {
		const result = evaluateLevelGauge(LABE, stage(series([300])), 'stage', none, new Set(['stale']));
		expect(steps(result.transitions)).toEqual(['clear stale @300']);
	});

	it('judges levels on discharge where that is the basis', () => {
		const rule = { ...LABE, thresholds: [50, 80, 120, null] as LevelRule['thresholds'] };
		const discharge = { history: [], fresh: series([40, 55, 85, 70]), intervalMinutes: 10 };
		const result = evaluateLevelGauge(rule, stage(series([200, 210, 220, 215])), 'discharge', discharge, new Set());
		expect(steps(result.transitions)).toEqual(['raise spa1 @55', 'raise spa2 @85', 'clear spa2 @70']);
		expect(result.level).toBe('spa1');
		expect(result.latest).toMatchObject({ value: 70 });
	});
});

describe('evaluateRainGauge', () => {
	it('raises on 20 mm in an hour and clears below 80 % of it', () => {
		const rain = [0, 1, 2, 6, 6, 5, 3, 0, 0, 0, 0, 0];
		const result = evaluateRainGauge({ rain1hMm: 20, rain24hMm: 60 }, { history: [], fresh: series(rain), intervalMinutes: 10 }, new Set());
		expect(steps(result.transitions)).toEqual(['raise rain_1h @20', 'clear rain_1h @14']);
		expect(result.peaks.get('rain_1h')).toMatchObject({ value: 23 });
	});
});
