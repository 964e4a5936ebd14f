import { LEVEL_KINDS, type AlertKind, type GaugeLevel, type GaugeQuality, type LevelKind } from '$lib/flood/alerts';

/** One reading: epoch milliseconds and value. */
export interface Sample {
	time: number;
	value: number;
}

/** A series: what is already judged (`history`, oldest first) and the new readings to judge (`fresh`, oldest first). */
export interface Series {
	history: Sample[];
	fresh: Sample[];
	intervalMinutes: number;
}

export interface LevelRule {
	/** SPA 1, 2, 3 and extreme on the basis series; null where ČHMÚ defines none. */
	thresholds: [number | null, number | null, number | null, number | null];
	hysteresisPct: number;
	riseCm: number;
	riseMinutes: number;
	maxJumpCm: number;
	flatMinutes: number;
}

export interface RainRule {
	rain1hMm: number;
	rain24hMm: number;
}

export type Transition =
	| { kind: AlertKind; type: 'raise'; at: Sample; threshold: number | null; details?: Record<string, unknown> }
	| { kind: AlertKind; type: 'clear'; at: Sample };

export interface Evaluation {
	transitions: Transition[];
	/** Highest value seen while each alert was open during these readings (levels and rise on the basis series). */
	peaks: Map<AlertKind, Sample>;
	level: GaugeLevel;
	quality: GaugeQuality;
	latest?: Sample;
	ratePerHour: number | null;
}

const MINUTE = 60_000;

/** Tracks which alerts are open while readings are judged in time order, and what changed. */
class Judge {
	readonly transitions: Transition[] = [];
	readonly peaks = new Map<AlertKind, Sample>();

	constructor(readonly open: Set<AlertKind>) {}

	raise(kind: AlertKind, at: Sample, threshold: number | null = null, details?: Record<string, unknown>) {
		if (this.open.has(kind)) return;
		this.open.add(kind);
		this.transitions.push({ kind, type: 'raise', at, threshold, details });
	}

	clear(kind: AlertKind, at: Sample) {
		if (!this.open.delete(kind)) return;
		this.transitions.push({ kind, type: 'clear', at });
	}

	peak(kind: AlertKind, at: Sample) {
		if (!this.open.has(kind)) return;
		const known = this.peaks.get(kind);
		if (!known || at.value > known.value) this.peaks.set(kind, at);
	}
}

/** The last sample at or before `time`, if it is no older than `tolerance` ms. */
function sampleAt(samples: Sample[], time: number, tolerance: number): Sample | undefined {
	for (let index = samples.length - 1; index >= 0; index--) {
		const sample = samples[index]!;
		if (sample.time <= time) return time - sample.time <= tolerance ? sample : undefined;
	}
	return undefined;
}

function riseOver(samples: Sample[], at: Sample, minutes: number): number | undefined {
	const before = sampleAt(samples, at.time - minutes * MINUTE, (minutes / 2) * MINUTE);
	return before ? at.value - before.value : undefined;
}

/**
 * Six or more identical readings covering (90 % of) the window: a stuck sensor, not a calm river. `samples` ends
 * with `at`; the walk back stops at the first different value, so a live river costs one comparison.
 */
function isFlat(samples: Sample[], at: Sample, minutes: number): boolean {
	const since = at.time - minutes * MINUTE;
	let count = 0;
	let earliest = at.time;
	for (let index = samples.length - 1; index >= 0 && samples[index]!.time >= since; index--) {
		if (samples[index]!.value !== at.value) return false;
		count++;
		earliest = samples[index]!.time;
	}
	return count >= 6 && earliest <= since + 0.1 * minutes * MINUTE;
}

/** Sum of the readings in the `minutes` up to the last one; walks back only as far as the window reaches. */
function sumOver(samples: Sample[], minutes: number): number {
	const last = samples.at(-1);
	if (!last) return 0;
	let total = 0;
	for (let index = samples.length - 1; index >= 0 && samples[index]!.time > last.time - minutes * MINUTE; index--) total += samples[index]!.value;
	return total;
}

/**
 * Judges a water-level gauge's new readings in time order. Each threshold has its own alert, raised by the first
 * reading at or above it and cleared by the first below it minus the hysteresis, so a level hovering at a threshold
 * raises once. A sudden jump or a flat line is a sensor fault; while it lasts the stage does not move level alerts.
 */
export function evaluateLevelGauge(rule: LevelRule, stage: Series, basis: 'stage' | 'discharge', discharge: Series, open: Set<AlertKind>): Evaluation {
	const judge = new Judge(new Set(open));
	const hasThresholds = rule.thresholds.some((threshold) => threshold !== null);
	const first = [...stage.fresh, ...discharge.fresh].sort((a, b) => a.time - b.time)[0];
	if (first) judge.clear('stale', first);

	const judgeLevel = (sample: Sample) => {
		rule.thresholds.forEach((threshold, index) => {
			if (threshold === null) return;
			const kind = LEVEL_KINDS[index]!;
			if (sample.value >= threshold) judge.raise(kind, sample, threshold);
			else if (sample.value < threshold * (1 - rule.hysteresisPct / 100)) judge.clear(kind, sample);
			judge.peak(kind, sample);
		});
	};

	const seen = [...stage.history];
	for (const sample of stage.fresh) {
		const previous = seen.at(-1);
		const jumped = previous !== undefined && sample.time - previous.time <= 3 * stage.intervalMinutes * MINUTE && Math.abs(sample.value - previous.value) > rule.maxJumpCm;
		seen.push(sample);
		if (jumped) judge.raise('fault', sample, rule.maxJumpCm, { reason: 'jump', from: previous.value });
		else if (isFlat(seen, sample, rule.flatMinutes)) judge.raise('fault', sample, null, { reason: 'flat', minutes: rule.flatMinutes });
		else judge.clear('fault', sample);
		if (judge.open.has('fault')) continue;

		const rise = riseOver(seen, sample, rule.riseMinutes);
		if (rise !== undefined && rise >= rule.riseCm) judge.raise('rise', sample, rule.riseCm, { minutes: rule.riseMinutes, rise });
		else if (rise === undefined || rise < rule.riseCm / 2) judge.clear('rise', sample);
		judge.peak('rise', sample);
		if (basis === 'stage' && hasThresholds) judgeLevel(sample);
	}
	if (basis === 'discharge' && hasThresholds) for (const sample of discharge.fresh) judgeLevel(sample);

	const latestStage = seen.at(-1);
	const basisLatest = basis === 'stage' ? latestStage : [...discharge.history, ...discharge.fresh].at(-1);
	const hourAgo = latestStage ? riseOver(seen, latestStage, 60) : undefined;
	return {
		transitions: judge.transitions,
		peaks: judge.peaks,
		level: hasThresholds ? highestLevel(judge.open) : 'none',
		quality: quality(judge.open),
		latest: basisLatest,
		ratePerHour: hourAgo ?? null
	};
}

/**
 * Judges a rain gauge's new readings (mm per interval) by the rain in the last hour and the last 24 hours; an alert
 * clears once the sum is below 80 % of its limit.
 */
export function evaluateRainGauge(rule: RainRule, rain: Series, open: Set<AlertKind>): Evaluation {
	const judge = new Judge(new Set(open));
	const seen = [...rain.history];
	if (rain.fresh[0]) judge.clear('stale', rain.fresh[0]);
	let lastHour: number | null = null;
	for (const sample of rain.fresh) {
		seen.push(sample);
		lastHour = sumOver(seen, 60);
		for (const [kind, total, limit] of [
			['rain_1h', lastHour, rule.rain1hMm],
			['rain_24h', sumOver(seen, 24 * 60), rule.rain24hMm]
		] as const) {
			const at = { time: sample.time, value: total };
			if (total >= limit) judge.raise(kind, at, limit);
			else if (total < 0.8 * limit) judge.clear(kind, at);
			judge.peak(kind, at);
		}
	}
	return { transitions: judge.transitions, peaks: judge.peaks, level: 'normal', quality: quality(judge.open), latest: seen.at(-1), ratePerHour: lastHour };
}

function highestLevel(open: Set<AlertKind>): GaugeLevel {
	const levels = LEVEL_KINDS.filter((kind: LevelKind) => open.has(kind));
	return levels.at(-1) ?? 'normal';
}

function quality(open: Set<AlertKind>): GaugeQuality {
	if (open.has('fault')) return 'fault';
	if (open.has('stale')) return 'stale';
	return 'ok';
}
