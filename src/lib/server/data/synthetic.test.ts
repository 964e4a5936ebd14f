import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREVIOUS_USE } from './facts';
import { BENCH_SIZE, generateSynthetic, type Gauges, type Municipalities } from './synthetic';

const municipalities = JSON.parse(readFileSync('sql/data/municipalities_ul_lb.geojson', 'utf8')) as Municipalities;
const gauges = JSON.parse(readFileSync('sql/data/chmi_gauges_ul_lb.geojson', 'utf8')) as Gauges;
const data = generateSynthetic(municipalities, gauges);

describe('synthetic data', () => {
	it('is identical for the same seed and different for another', () => {
		expect(generateSynthetic(municipalities, gauges)).toEqual(data);
		expect(generateSynthetic(municipalities, gauges, undefined, 'other').brownfields).not.toEqual(data.brownfields);
	});

	it('marks every record as synthetic', () => {
		for (const layer of Object.values(data)) {
			expect(layer.features.length).toBeGreaterThan(0);
			for (const feature of layer.features) expect(feature.properties?.synthetic).toBe(true);
		}
	});

	it('follows the national brownfield facts', () => {
		const sites = data.brownfields.features.map((feature) => feature.properties!);
		expect(sites).toHaveLength(300);
		const share = (predicate: (site: (typeof sites)[number]) => boolean) => sites.filter(predicate).length / sites.length;
		expect(share((site) => site.previous_use === 'industrial')).toBeCloseTo(PREVIOUS_USE.industrial, 1);
		expect(share((site) => site.ownership === 'private')).toBeGreaterThan(0.55);
		expect(share((site) => site.ecological_burden !== 'none')).toBeGreaterThan(0.3);
		expect(share((site) => site.ecological_burden !== 'none')).toBeLessThan(0.5);
		for (const site of sites) expect(site.built_up_ha).toBeLessThanOrEqual(site.area_ha);
		const largest = Math.max(...sites.map((site) => site.area_ha));
		expect(largest, 'long-tailed sizes').toBeGreaterThan(10);
	});

	it('weights brownfields to the industrial towns', () => {
		const most = municipalities.features.find((feature) => feature.properties.nazev === 'Most')!.properties.kod_obec;
		const inMost = data.brownfields.features.filter((feature) => feature.properties!.kod_obec === most).length;
		expect(inMost).toBeGreaterThanOrEqual(5);
	});

	it('counts traffic on the named roads within the census ranges', () => {
		const sensors = data.trafficSensors.features.map((feature) => feature.properties!);
		expect(sensors).toHaveLength(60);
		expect(new Set(sensors.map((sensor) => sensor.road))).toEqual(new Set(['D8', 'I/7', 'I/8', 'I/9', 'I/13', 'I/15', 'I/27', 'I/35', 'I/62']));
		for (const sensor of sensors) {
			const [low, high] = sensor.road === 'D8' ? [25_000, 45_000] : [8_000, 30_000];
			expect(sensor.typical_daily_volume).toBeGreaterThanOrEqual(low);
			expect(sensor.typical_daily_volume).toBeLessThanOrEqual(high);
			expect(sensor.heavy_vehicle_share).toBeGreaterThanOrEqual(0.1);
			expect(sensor.heavy_vehicle_share).toBeLessThanOrEqual(0.2);
		}
	});

	it('puts one rain gauge in each catchment cluster of the ČHMÚ gauges', () => {
		const clusters = new Set(gauges.features.map((gauge) => gauge.properties.HLGP4.slice(0, 7)));
		expect(data.rainGauges.features.map((feature) => feature.properties!.catchment).sort()).toEqual([...clusters].sort());
	});

	it('scales to the benchmark size', () => {
		const bench = generateSynthetic(municipalities, gauges, BENCH_SIZE);
		expect(bench.brownfields.features).toHaveLength(20_000);
		expect(bench.trafficSensors.features).toHaveLength(20_000);
		expect(bench.corridors.features).toHaveLength(3_000);
	}, 60_000);
});
