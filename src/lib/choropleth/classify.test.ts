import { describe, expect, it } from 'vitest';
import { classify, classOf } from './classify';
import { paletteColours, PALETTE_IDS } from './palettes';

/** Sum of squared deviations from the class means: what Jenks' natural breaks minimise. */
function withinClassVariance(sorted: number[], cuts: number[]): number {
	const groups: number[][] = [];
	let start = 0;
	for (const cut of [...cuts, sorted.length]) {
		groups.push(sorted.slice(start, cut));
		start = cut;
	}
	return groups.reduce((sum, group) => {
		const mean = group.reduce((a, b) => a + b, 0) / group.length;
		return sum + group.reduce((a, b) => a + (b - mean) ** 2, 0);
	}, 0);
}

/** Every way to cut n sorted values into k non-empty classes. */
function* cutPositions(n: number, k: number, from = 1): Generator<number[]> {
	if (k === 1) return yield [];
	for (let cut = from; cut <= n - k + 1; cut++) for (const rest of cutPositions(n, k - 1, cut + 1)) yield [cut, ...rest];
}

describe('classify', () => {
	it('finds Jenks natural breaks that no other partition beats (exhaustive check)', () => {
		const data = [1, 2, 4, 5, 7, 9, 10, 20, 21, 22, 40, 41, 43, 60, 61];
		for (const classes of [3, 4, 5]) {
			const breaks = classify(data, 'jenks', classes);
			expect(breaks).toHaveLength(classes + 1);
			const cuts = breaks.slice(1, -1).map((limit) => data.findIndex((value) => value >= limit));
			const best = Math.min(...[...cutPositions(data.length, classes)].map((candidate) => withinClassVariance(data, candidate)));
			expect(withinClassVariance(data, cuts)).toBeCloseTo(best, 9);
		}
	});

	it('separates obvious clusters with Jenks', () => {
		expect(classify([1, 1.1, 1.2, 10, 10.1, 10.2, 100, 100.5], 'jenks', 3)).toEqual([1, 10, 100, 100.5]);
	});

	it('gives equal intervals and quantiles', () => {
		expect(classify([0, 10, 20, 30, 40], 'equal', 4)).toEqual([0, 10, 20, 30, 40]);
		expect(classify([1, 2, 3, 4, 5, 6, 7, 8], 'quantile', 4)).toEqual([1, 2.75, 4.5, 6.25, 8]);
	});

	it('merges classes that repeated values make empty and ignores missing values', () => {
		expect(classify([0, 0, 0, 0, 0, 5], 'quantile', 5)).toEqual([0, 5]);
		expect(classify([NaN, 1, 2], 'equal', 3)).toEqual([1, 1.5, 2]);
		expect(classify([], 'jenks', 5)).toEqual([]);
	});

	it('puts values in the class whose interval holds them, the maximum in the last', () => {
		const breaks = [0, 10, 20, 30];
		expect([0, 9.9, 10, 25, 30].map((value) => classOf(value, breaks))).toEqual([0, 0, 1, 2, 2]);
	});
});

describe('palettes', () => {
	it('give n distinct colours from light to dark', () => {
		for (const palette of PALETTE_IDS) {
			const colours = paletteColours(palette, 7);
			expect(new Set(colours.map(String)).size).toBe(7);
			const lightness = colours.map(([r, g, b]) => 0.299 * r + 0.587 * g + 0.114 * b);
			expect(lightness[0]).toBeGreaterThan(lightness[6]!);
		}
	});
});
