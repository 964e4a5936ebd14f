import { describe, expect, it } from 'vitest';
import { nationalMunicipalities } from './national';

const topology = JSON.stringify({
	type: 'Topology',
	arcs: [[[14, 50], [14.1, 50], [14.1, 50.1], [14, 50.1], [14, 50]]],
	objects: { ob: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { kod: 500011 } }] } }
});
const points = JSON.stringify({
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { Kod: 500011, Nazev: 'Želechovice nad Dřevnicí', OkresKod: 3705 }, geometry: { type: 'MultiPoint', coordinates: [[14.05, 50.05]] } }]
});

describe('national municipalities', () => {
	it('join the TopoJSON polygon, the RÚIAN point and the 2019 population by code', () => {
		const { features } = nationalMunicipalities({ topology, points, population: '[{"500011":1869}]' });
		expect(features).toHaveLength(1);
		expect(features[0]!.properties).toEqual({ kod_obec: 500011, nazev: 'Želechovice nad Dřevnicí', kod_okres_ruian: 3705, pocet_obyvatel_2019: 1869, def_bod: [14.05, 50.05] });
		expect(features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[14, 50], [14.1, 50], [14.1, 50.1], [14, 50.1], [14, 50]]] });
	});

	it('refuse files that do not describe the same municipalities', () => {
		expect(() => nationalMunicipalities({ topology, points, population: '[{"500020":1220}]' })).toThrow(/1 municipalities \(e\.g\. 500011\) lack a definition point or a population/);
	});
});
