/**
 * Synthetic but plausible sensor behaviour for the simulator. Pure functions of time, so a run is reproducible
 * and testable: the same sensor at the same instant always reads the same.
 */

const HOUR = 3_600_000;

/** Deterministic noise in [-1, 1] from a sensor id and a time step. */
export function noise(seed: number, step: number): number {
	let x = (seed * 374_761_393 + step * 668_265_263) | 0;
	x = Math.imul(x ^ (x >>> 13), 1_274_126_177);
	return (((x ^ (x >>> 16)) >>> 0) / 0xffffffff) * 2 - 1;
}

export interface GaugeModel {
	id: number;
	river: string;
	/** Position along its river, 0 upstream, growing downstream (from the catchment area ranking). */
	rank: number;
	baseCm: number;
	spa1Cm: number | null;
	spa3Cm: number | null;
	spa1M3s: number | null;
}

/** Rivers whose gauges a flood wave passes, upstream to downstream. */
export const FLOOD_RIVERS = ['Ploučnice', 'Ohře', 'Labe', 'Lužická Nisa', 'Jizera'];

export interface Scenario {
	name: 'normal' | 'flood';
	/** When the flood wave reaches the most upstream gauge of each river. */
	floodStart: number;
}

/** Hours a flood wave needs between neighbouring gauges on a river. */
const TRAVEL_HOURS = 3;
const WAVE_WIDTH_HOURS = 8;

/** Stage in cm: base flow with a slow daily swing, and in a flood a wave that peaks above SPA 1 (often SPA 3). */
export function stageCm(gauge: GaugeModel, time: number, scenario: Scenario): number {
	const daily = Math.sin((2 * Math.PI * (time % (24 * HOUR))) / (24 * HOUR)) * 0.03 * gauge.baseCm;
	const jitter = noise(gauge.id, Math.floor(time / 600_000)) * 0.01 * gauge.baseCm;
	let wave = 0;
	if (scenario.name === 'flood' && FLOOD_RIVERS.includes(gauge.river)) {
		const arrival = scenario.floodStart + gauge.rank * TRAVEL_HOURS * HOUR;
		const peakAbove = (gauge.spa3Cm ?? (gauge.spa1Cm ?? gauge.baseCm * 2.5) * 1.5) * 1.05 - gauge.baseCm;
		wave = peakAbove * Math.exp(-(((time - arrival) / (WAVE_WIDTH_HOURS * HOUR)) ** 2));
	}
	return Math.round(gauge.baseCm + daily + jitter + wave);
}

/** Discharge in m³/s from stage, by a rating curve scaled so that SPA 1 stage gives SPA 1 discharge. */
export function dischargeM3s(gauge: GaugeModel, stage: number): number {
	const referenceQ = gauge.spa1M3s ?? 50;
	const referenceH = gauge.spa1Cm || Math.max(gauge.baseCm, 20) * 2.5;
	return Math.round(referenceQ * Math.max(0, stage / referenceH) ** 1.6 * 100) / 100;
}

/** Rain in mm per 10 minutes: scattered light showers; before a flood, hours of heavy rain over the catchment. */
export function rainfallMm(id: number, time: number, scenario: Scenario): number {
	const step = Math.floor(time / 600_000);
	const shower = Math.max(0, noise(id, Math.floor(step / 6)) - 0.7) * 2;
	let storm = 0;
	if (scenario.name === 'flood') {
		const hoursBefore = (scenario.floodStart - time) / HOUR;
		if (hoursBefore > 0 && hoursBefore < 14) storm = 3 + 2 * Math.abs(noise(id, step));
	}
	return Math.round((shower + storm) * 10) / 10;
}

/** Share of the daily traffic in the 15 minutes starting at `time` (Prague local time), rush hours 6–8 and 15–17. */
export function trafficShare(time: number): number {
	const local = new Date(new Date(time).toLocaleString('en-US', { timeZone: 'Europe/Prague' }));
	const hour = local.getHours() + local.getMinutes() / 60;
	const weekend = local.getDay() === 0 || local.getDay() === 6;
	const profile = weekend
		? 0.35 + 0.65 * Math.exp(-(((hour - 14) / 5) ** 2))
		: 0.15 + Math.exp(-(((hour - 7) / 1.1) ** 2)) + 0.9 * Math.exp(-(((hour - 16) / 1.4) ** 2)) + 0.45 * Math.exp(-(((hour - 12) / 3) ** 2));
	const dayTotal = weekend ? 0.75 : 1;
	// The profile integrates to about 9.6 quarter-hour units a day on workdays; normalise to a share of the day.
	return (dayTotal * profile) / 37;
}

export interface TrafficReading {
	light: number;
	heavy: number;
	speedKmh: number;
}

export function traffic(id: number, dailyVolume: number, heavyShare: number, motorway: boolean, time: number): TrafficReading {
	const vehicles = dailyVolume * trafficShare(time) * (1 + 0.08 * noise(id, Math.floor(time / 900_000)));
	const heavy = Math.round(vehicles * heavyShare);
	const light = Math.max(0, Math.round(vehicles) - heavy);
	const freeFlow = motorway ? 120 : 75;
	const load = Math.min(1, vehicles / (dailyVolume / 40));
	return { light, heavy, speedKmh: Math.round(freeFlow * (1 - 0.45 * load ** 3)) };
}

/** 5G corridor load follows traffic: throughput in Mbit/s out of the nominal bandwidth, latency in ms. */
export function corridorLoad(id: number, bandwidthMbps: number, time: number): { throughput: number; latency: number } {
	const load = Math.min(0.95, trafficShare(time) * 37 * 0.35 + 0.05 + 0.03 * noise(id, Math.floor(time / 60_000)));
	return { throughput: Math.round(bandwidthMbps * load), latency: Math.round((6 + 30 * load ** 4) * 10) / 10 };
}
