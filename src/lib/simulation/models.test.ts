import { describe, expect, it } from 'vitest';
import { corridorLoad, dischargeM3s, rainfallMm, stageCm, traffic, trafficShare, type GaugeModel } from './models';

const HOUR = 3_600_000;
const labe: GaugeModel = { id: 221000, river: 'Labe', rank: 0, baseCm: 200, spa1Cm: 450, spa3Cm: 600, spa1M3s: 807 };
const downstream: GaugeModel = { ...labe, id: 240000, rank: 2 };
const start = Date.UTC(2026, 10, 23, 0, 0);

describe('simulation models', () => {
	it('keeps rivers near their base flow in normal weather', () => {
		for (let hour = 0; hour < 48; hour++) {
			const stage = stageCm(labe, start + hour * HOUR, { name: 'normal', floodStart: start });
			expect(Math.abs(stage - 200)).toBeLessThan(20);
		}
	});

	it('sends a flood wave downstream that crosses SPA 1 and peaks later further down', () => {
		const scenario = { name: 'flood' as const, floodStart: start + 12 * HOUR };
		const peakTime = (gauge: GaugeModel) => {
			let best = { time: 0, stage: 0 };
			for (let minutes = 0; minutes < 72 * 60; minutes += 10) {
				const time = start + minutes * 60_000;
				const stage = stageCm(gauge, time, scenario);
				if (stage > best.stage) best = { time, stage };
			}
			return best;
		};
		const upper = peakTime(labe);
		const lower = peakTime(downstream);
		expect(upper.stage).toBeGreaterThan(600);
		expect(lower.time - upper.time).toBeGreaterThan(5 * HOUR);
		expect(lower.time - upper.time).toBeLessThan(8 * HOUR);
		expect(dischargeM3s(labe, 450)).toBeCloseTo(807, 0);
	});

	it('rains hard before the flood and lightly otherwise', () => {
		const scenario = { name: 'flood' as const, floodStart: start + 12 * HOUR };
		expect(rainfallMm(1, start + 6 * HOUR, scenario)).toBeGreaterThanOrEqual(3);
		const normal = Array.from({ length: 144 }, (_, step) => rainfallMm(1, start + step * 600_000, { name: 'normal', floodStart: start }));
		expect(Math.max(...normal)).toBeLessThan(1);
	});

	it('has workday rush hours and a whole day that adds up to the typical volume', () => {
		const monday = Date.UTC(2026, 10, 23, 0, 0) - HOUR; // 00:00 in Prague
		const at = (hour: number) => trafficShare(monday + hour * HOUR);
		expect(at(7)).toBeGreaterThan(3 * at(3));
		expect(at(16)).toBeGreaterThan(2 * at(11));
		const quarters = Array.from({ length: 96 }, (_, index) => traffic(1, 20_000, 0.15, false, monday + index * 900_000));
		const total = quarters.reduce((sum, reading) => sum + reading.light + reading.heavy, 0);
		expect(total).toBeGreaterThan(16_000);
		expect(total).toBeLessThan(24_000);
		expect(Math.min(...quarters.map((reading) => reading.speedKmh))).toBeLessThan(Math.max(...quarters.map((reading) => reading.speedKmh)));
	});

	it('loads 5G corridors with the traffic', () => {
		const night = corridorLoad(1, 1000, Date.UTC(2026, 10, 23, 2));
		const rush = corridorLoad(1, 1000, Date.UTC(2026, 10, 23, 6));
		expect(rush.throughput).toBeGreaterThan(night.throughput);
	});
});
