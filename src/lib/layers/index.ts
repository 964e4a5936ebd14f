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

/** Both regions, lon/lat: TileJSON bounds and the first view. */
export const REGION_BOUNDS: [number, number, number, number] = [13.0, 50.1, 15.55, 51.06];

export type { LayerMeta } from './types';
