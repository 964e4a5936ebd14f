import { baseStations5g } from './base-stations-5g';
import { brownfields } from './brownfields';
import { corridors5g } from './corridors-5g';
import { districts } from './districts';
import { floodGauges } from './flood-gauges';
import { municipalities } from './municipalities';
import { placeLabels } from './place-labels';
import { rainGauges } from './rain-gauges';
import { regions } from './regions';
import { rivers } from './rivers';
import { trafficSensors } from './traffic-sensors';
import type { LayerMeta } from './types';
import { waterBodies } from './water-bodies';

/** Every map layer, in drawing order (bottom first). Adding a layer = a file here + `tiles/<id>.sql`. */
export const LAYERS: readonly LayerMeta[] = [
	municipalities,
	waterBodies,
	rivers,
	districts,
	regions,
	brownfields,
	corridors5g,
	baseStations5g,
	trafficSensors,
	rainGauges,
	floodGauges,
	placeLabels
];

const byId = new Map(LAYERS.map((layer) => [layer.id, layer]));

export function findLayer(id: string): LayerMeta | undefined {
	return byId.get(id);
}

export const LAYER_IDS: readonly string[] = LAYERS.map((layer) => layer.id);

/**
 * Both regions, lon/lat, rounded outward from the outlines' extent: TileJSON bounds, the map sources' bounds (MapLibre
 * requests no tile outside them) and the first view. An integration test checks that every layer's data lies inside.
 */
export const REGION_BOUNDS: [number, number, number, number] = [12.94, 50.07, 15.64, 51.06];

export type { LayerMeta } from './types';
