import { along, booleanPointInPolygon, distance, length as lineLength, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
	BASE_STATION_SPACING_KM,
	COUNTED_ROADS,
	ECOLOGICAL_BURDEN,
	HEAVY_SHARE,
	INDUSTRIAL_TOWNS,
	NAMED_CORRIDORS,
	OPERATORS,
	OWNERSHIP,
	PREVIOUS_USE,
	PROPOSED_REUSE,
	PUBLIC_SHARE,
	SITE_LABEL,
	SITE_STATE,
	type CorridorStatus
} from './facts';
import { Random } from './random';

/** Bump when the generator's output changes, so stored data sets are reloaded. */
export const GENERATOR_VERSION = 1;

export interface MunicipalityProperties {
	kod_obec: number;
	nazev: string;
	kraj_nuts3: string;
	pocet_obyvatel_2019: number;
	def_bod: [number, number];
}

export interface GaugeProperties {
	DBC: string;
	STATION_NAME: string;
	HLGP4: string;
}

export type Municipalities = FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
export type Gauges = FeatureCollection<Point, GaugeProperties>;

export interface SyntheticSize {
	/** Sites per region NUTS3 code. */
	brownfields: Record<string, number>;
	trafficSensors: number;
	/** Corridors beyond the named ones, between neighbouring towns. */
	extraCorridors: number;
}

export const DEMO_SIZE: SyntheticSize = { brownfields: { CZ042: 200, CZ051: 100 }, trafficSensors: 60, extraCorridors: 0 };

/** The size pg_tileserv was measured at for the tile benchmark: ~20,000 sites, 20,000 sensors, 3,000 corridors. */
export const BENCH_SIZE: SyntheticSize = { brownfields: { CZ042: 13_334, CZ051: 6_666 }, trafficSensors: 20_000, extraCorridors: 2_996 };

export interface SyntheticData {
	brownfields: FeatureCollection<Polygon>;
	trafficSensors: FeatureCollection<Point>;
	corridors: FeatureCollection<LineString>;
	baseStations: FeatureCollection<Point>;
	rainGauges: FeatureCollection<Point>;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const roundPosition = ([lon, lat]: Position): Position => [round(lon!, 7), round(lat!, 7)];
const collection = <G extends Point | LineString | Polygon>(features: Feature<G>[]): FeatureCollection<G> => ({ type: 'FeatureCollection', features });

/** Generates every synthetic layer. Each layer draws from its own seeded stream, so one layer's size never shifts another. */
export function generateSynthetic(municipalities: Municipalities, gauges: Gauges, size: SyntheticSize = DEMO_SIZE, seed = 'region-atlas'): SyntheticData {
	const towns = new TownIndex(municipalities);
	const corridors = generateCorridors(towns, size.extraCorridors, new Random(`${seed}:corridors`));
	return {
		brownfields: generateBrownfields(municipalities, size.brownfields, new Random(`${seed}:brownfields`)),
		trafficSensors: generateTrafficSensors(towns, size.trafficSensors, new Random(`${seed}:traffic`)),
		corridors,
		baseStations: generateBaseStations(corridors, new Random(`${seed}:base-stations`)),
		rainGauges: generateRainGauges(gauges, new Random(`${seed}:rain`))
	};
}

class TownIndex {
	readonly byName = new Map<string, MunicipalityProperties>();
	readonly all: MunicipalityProperties[];

	constructor(municipalities: Municipalities) {
		this.all = municipalities.features.map((feature) => feature.properties);
		for (const town of this.all) this.byName.set(town.nazev, town);
	}

	point(name: string): Position {
		const town = this.byName.get(name);
		if (!town) throw new Error(`Synthetic data names a town that is not in the municipality data: ${name}`);
		return town.def_bod;
	}
}

function generateBrownfields(municipalities: Municipalities, perRegion: Record<string, number>, random: Random): FeatureCollection<Polygon> {
	const features: Feature<Polygon>[] = [];
	for (const [region, count] of Object.entries(perRegion).sort()) {
		const candidates = municipalities.features.filter((feature) => feature.properties.kraj_nuts3 === region);
		const weight = (feature: (typeof candidates)[number]) =>
			Math.sqrt(feature.properties.pocet_obyvatel_2019) * (INDUSTRIAL_TOWNS.includes(feature.properties.nazev) ? 8 : 1);
		for (let index = 0; index < count; index++) {
			const areaHa = round(Math.min(250, Math.max(0.05, random.logNormal(3, 1.1))), 2);
			let placed: { municipality: (typeof candidates)[number]; ring: Position[] } | undefined;
			while (!placed) {
				const municipality = random.pick(candidates, weight);
				const ring = placeSite(municipality, areaHa, random);
				if (ring) placed = { municipality, ring };
			}
			const previousUse = random.weighted(PREVIOUS_USE);
			const ownership = random.weighted(OWNERSHIP);
			const builtUpHa = round(areaHa * random.uniform(0.05, 0.8), 2);
			const id = features.length + 1;
			features.push({
				type: 'Feature',
				geometry: { type: 'Polygon', coordinates: [placed.ring] },
				properties: {
					id,
					code: `BF-${region}-${String(index + 1).padStart(5, '0')}`,
					name: `${SITE_LABEL[previousUse]} ${placed.municipality.properties.nazev}`,
					kod_obec: placed.municipality.properties.kod_obec,
					area_ha: areaHa,
					built_up_ha: builtUpHa,
					previous_use: previousUse,
					ownership,
					ecological_burden: random.weighted(ECOLOGICAL_BURDEN),
					state: random.weighted(SITE_STATE),
					proposed_reuse: random.weighted(PROPOSED_REUSE),
					public: random.chance(ownership === 'private' ? PUBLIC_SHARE.private : PUBLIC_SHARE.other),
					synthetic: true
				}
			});
		}
	}
	return collection(features);
}

/** A rotated rectangle of the given area whose corners all lie in the municipality, or undefined after a few tries. */
function placeSite(municipality: Feature<Polygon | MultiPolygon, MunicipalityProperties>, areaHa: number, random: Random): Position[] | undefined {
	const [minLon, minLat, maxLon, maxLat] = bbox(municipality.geometry);
	const areaM2 = areaHa * 10_000;
	for (let attempt = 0; attempt < 20; attempt++) {
		const centre: Position = [random.uniform(minLon, maxLon), random.uniform(minLat, maxLat)];
		const aspect = random.uniform(1, 2.5);
		const width = Math.sqrt(areaM2 * aspect);
		const height = areaM2 / width;
		const angle = random.uniform(0, Math.PI);
		const metresPerDegreeLat = 111_132;
		const metresPerDegreeLon = 111_320 * Math.cos((centre[1]! * Math.PI) / 180);
		const corners = [
			[-width / 2, -height / 2],
			[width / 2, -height / 2],
			[width / 2, height / 2],
			[-width / 2, height / 2]
		].map(([dx, dy]) => {
			const x = dx! * Math.cos(angle) - dy! * Math.sin(angle);
			const y = dx! * Math.sin(angle) + dy! * Math.cos(angle);
			return roundPosition([centre[0]! + x / metresPerDegreeLon, centre[1]! + y / metresPerDegreeLat]);
		});
		if (corners.every((corner) => booleanPointInPolygon(corner, municipality))) return [...corners, corners[0]!];
	}
	return undefined;
}

function bbox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
	const positions = geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
	const lons = positions.map((position) => position[0]!);
	const lats = positions.map((position) => position[1]!);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

function generateTrafficSensors(towns: TownIndex, count: number, random: Random): FeatureCollection<Point> {
	const roads = COUNTED_ROADS.map((road) => ({ ...road, line: lineString(road.towns.map((name) => towns.point(name))) }));
	const perRoad = new Map<string, number>();
	const features: Feature<Point>[] = [];
	for (let index = 0; index < count; index++) {
		const road = random.pick(roads, (candidate) => lineLength(candidate.line) * (candidate.roadClass === 'motorway' ? 2 : 1));
		// Counting points sit on the approaches to the towns a road passes, 0.3–3 km out.
		const townIndex = random.integer(0, road.towns.length - 1);
		const neighbourIndex = townIndex === 0 ? 1 : townIndex === road.towns.length - 1 ? townIndex - 1 : townIndex + (random.chance(0.5) ? 1 : -1);
		const from = towns.point(road.towns[townIndex]!);
		const to = towns.point(road.towns[neighbourIndex]!);
		const segment = lineString([from, to]);
		const offsetKm = Math.min(random.uniform(0.3, 3), lineLength(segment) / 2);
		const position = roundPosition(along(segment, offsetKm).geometry.coordinates);
		const number = (perRoad.get(road.road) ?? 0) + 1;
		perRoad.set(road.road, number);
		const town = towns.byName.get(road.towns[townIndex]!)!;
		const bigTown = town.pocet_obyvatel_2019 > 30_000;
		const motorway = road.roadClass === 'motorway';
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: position },
			properties: {
				id: index + 1,
				code: `SC-${road.road.replace('/', '')}-${String(number).padStart(4, '0')}`,
				name: `${road.road} – ${town.nazev}`,
				road: road.road,
				road_class: road.roadClass,
				directions: [`směr ${road.towns[0]}`, `směr ${road.towns.at(-1)}`],
				lanes: motorway ? (random.chance(0.2) ? 6 : 4) : bigTown && random.chance(0.5) ? 4 : 2,
				typical_daily_volume: Math.round(random.uniform(road.volume[0], road.volume[1]) * (bigTown && !motorway ? 1.2 : 1) / 10) * 10,
				heavy_vehicle_share: round(random.uniform(HEAVY_SHARE[0], HEAVY_SHARE[1]), 3),
				synthetic: true
			}
		});
	}
	return collection(features);
}

function generateCorridors(towns: TownIndex, extra: number, random: Random): FeatureCollection<LineString> {
	const features: Feature<LineString>[] = NAMED_CORRIDORS.map((corridor, index) =>
		corridorFeature(index + 1, corridor.name, corridor.towns.map((name) => towns.point(name)), corridor.operator, corridor.status, random)
	);
	for (let index = 0; index < extra; index++) {
		const start = random.pick(towns.all, (town) => Math.sqrt(town.pocet_obyvatel_2019));
		const neighbours = towns.all.filter((town) => {
			const km = distance(start.def_bod, town.def_bod);
			return km >= 3 && km <= 15;
		});
		if (neighbours.length === 0) continue;
		const end = random.pick(neighbours);
		// A bend halfway keeps the corridors from being ruler-straight.
		const middle: Position = [(start.def_bod[0] + end.def_bod[0]) / 2 + random.uniform(-0.01, 0.01), (start.def_bod[1] + end.def_bod[1]) / 2 + random.uniform(-0.01, 0.01)];
		const status = random.weighted<CorridorStatus>({ planned: 0.6, piloting: 0.25, live: 0.15 });
		features.push(corridorFeature(features.length + 1, `${start.nazev} – ${end.nazev}`, [start.def_bod, middle, end.def_bod], random.pick(OPERATORS), status, random));
	}
	return collection(features);
}

function corridorFeature(id: number, name: string, positions: Position[], operator: string, status: CorridorStatus, random: Random): Feature<LineString> {
	return {
		type: 'Feature',
		geometry: { type: 'LineString', coordinates: positions.map(roundPosition) },
		properties: {
			id,
			code: `5G-${String(id).padStart(4, '0')}`,
			name,
			operator,
			status,
			bandwidth_mbps: status === 'live' ? 1000 : random.pick([500, 1000, 2000]),
			latency_ms: round(random.uniform(5, 20), 1),
			synthetic: true
		}
	};
}

function generateBaseStations(corridors: FeatureCollection<LineString>, random: Random): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const corridor of corridors.features) {
		const totalKm = lineLength(corridor);
		const properties = corridor.properties!;
		let stationNumber = 0;
		for (let km = random.uniform(0, 0.5); km <= totalKm; km += random.uniform(...BASE_STATION_SPACING_KM)) {
			stationNumber++;
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: roundPosition(along(corridor, km).geometry.coordinates) },
				properties: {
					id: features.length + 1,
					code: `${properties.code}-BS${String(stationNumber).padStart(2, '0')}`,
					corridor_id: properties.id,
					operator: properties.operator,
					status: properties.status,
					synthetic: true
				}
			});
		}
	}
	return collection(features);
}

/** One rain gauge per catchment cluster (HLGP4 prefix such as 1-13-05), a few km from the cluster's centre. */
function generateRainGauges(gauges: Gauges, random: Random): FeatureCollection<Point> {
	const clusters = new Map<string, Feature<Point, GaugeProperties>[]>();
	for (const gauge of gauges.features) {
		const catchment = gauge.properties.HLGP4.slice(0, 7);
		clusters.set(catchment, [...(clusters.get(catchment) ?? []), gauge]);
	}
	const features: Feature<Point>[] = [];
	for (const [catchment, members] of [...clusters].sort(([a], [b]) => a.localeCompare(b))) {
		const centre: Position = [
			members.reduce((sum, gauge) => sum + gauge.geometry.coordinates[0]!, 0) / members.length,
			members.reduce((sum, gauge) => sum + gauge.geometry.coordinates[1]!, 0) / members.length
		];
		const nearest = members.reduce((best, gauge) => (distance(gauge, point(centre)) < distance(best, point(centre)) ? gauge : best));
		const position: Position = [centre[0]! + random.uniform(-0.03, 0.03), centre[1]! + random.uniform(-0.02, 0.02)];
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: roundPosition(position) },
			properties: {
				id: features.length + 1,
				code: `SRZ-${catchment}`,
				name: `Srážkoměr ${nearest.properties.STATION_NAME}`,
				catchment,
				flood_gauge_id: Number(nearest.properties.DBC),
				synthetic: true
			}
		});
	}
	return collection(features);
}
