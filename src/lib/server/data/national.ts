import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The shipped national files, as read from sql/data. */
export interface NationalSources {
	/** municipalities_cz.topo.json: object `ob`, property `kod`. */
	topology: string;
	/** municipality_points_cz.geojson: Kod, Nazev, OkresKod (RÚIAN). */
	points: string;
	/** population_2019_cz.json: `[{kod_obec: population, …}]`. */
	population: string;
	regions: string;
	districts: string;
}

interface PointFeature {
	geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'MultiPoint'; coordinates: [number, number][] };
	properties: { Kod: number; Nazev: string; OkresKod: number };
}

/**
 * Every Czech municipality as one GeoJSON FeatureCollection in the shape the national load statement reads:
 * polygon from the TopoJSON, name, RÚIAN okres and definition point from the points file, population 2019. The
 * district and region follow from where the definition point lies (the national district file uses ČSÚ codes).
 */
export function nationalMunicipalities(sources: Pick<NationalSources, 'topology' | 'points' | 'population'>) {
	const topology = JSON.parse(sources.topology) as Topology<{ ob: GeometryCollection<{ kod: number }> }>;
	const points = new Map((JSON.parse(sources.points) as { features: PointFeature[] }).features.map((point) => [Number(point.properties.Kod), point]));
	const population = Object.assign({}, ...(JSON.parse(sources.population) as Record<string, number>[])) as Record<string, number>;
	const polygons = feature(topology, topology.objects.ob).features;
	const missing = polygons.filter((polygon) => !points.has(Number(polygon.properties?.kod)) || population[String(polygon.properties?.kod)] === undefined);
	if (missing.length > 0) throw new Error(`The national files disagree: ${missing.length} municipalities (e.g. ${missing[0]!.properties?.kod}) lack a definition point or a population.`);
	return {
		type: 'FeatureCollection' as const,
		features: polygons.map((polygon) => {
			const kod = Number(polygon.properties!.kod);
			const point = points.get(kod)!;
			return {
				type: 'Feature' as const,
				geometry: polygon.geometry,
				properties: { kod_obec: kod, nazev: point.properties.Nazev, kod_okres_ruian: Number(point.properties.OkresKod), pocet_obyvatel_2019: population[String(kod)]!, def_bod: definitionPoint(point) }
			};
		})
	};
}

const definitionPoint = ({ geometry }: PointFeature): [number, number] => (geometry.type === 'Point' ? geometry.coordinates : geometry.coordinates[0]!);
