import { equalIntervalBreaks, jenks, quantile } from 'simple-statistics';

export const METHODS = ['quantile', 'equal', 'jenks'] as const;
export type Method = (typeof METHODS)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/**
 * Class breaks [min, b1, …, max] (classes + 1 values, ascending) for the values; classes may merge when values
 * repeat (e.g. quantiles of many zeros), so callers use breaks.length - 1 as the real number of classes.
 */
export function classify(values: readonly number[], method: Method, classes: number): number[] {
	const data = values.filter((value) => Number.isFinite(value));
	if (data.length === 0) return [];
	const sorted = [...data].sort((a, b) => a - b);
	const count = Math.max(1, Math.min(classes, new Set(sorted).size));
	let breaks: number[];
	if (method === 'equal') breaks = equalIntervalBreaks(sorted, count);
	else if (method === 'jenks') breaks = (count < 2 ? null : jenks(sorted, count)) ?? [sorted[0]!, sorted.at(-1)!];
	else breaks = Array.from({ length: count + 1 }, (_, index) => quantile(sorted, index / count));
	return [...new Set(breaks)].sort((a, b) => a - b);
}

/** Index of the class holding `value`: class i is [breaks[i], breaks[i+1]), the last one closed. */
export function classOf(value: number, breaks: readonly number[]): number {
	for (let index = 1; index < breaks.length - 1; index++) if (value < breaks[index]!) return index - 1;
	return Math.max(0, breaks.length - 2);
}
