import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { SourceId } from './sources';

export type Locale = 'cs' | 'en' | 'de';
export type Localised = Record<Locale, string>;

export type Theme = 'territory' | 'water' | 'mobility' | 'connectivity' | 'development';

/** MVT attribute types, as TileJSON and the decoded tiles report them. */
export type FieldType = 'string' | 'number' | 'boolean';

export interface LayerField {
	type: FieldType;
	description: string;
}

type WithoutSource<T> = Omit<T, 'id' | 'source' | 'source-layer'>;

/** A MapLibre style layer drawn from this map layer; `id` and `source` are filled in by the style builder. */
export type LayerStyle = (
	| WithoutSource<FillLayerSpecification>
	| WithoutSource<LineLayerSpecification>
	| WithoutSource<CircleLayerSpecification>
	| WithoutSource<SymbolLayerSpecification>
) & {
	/** Distinguishes several style layers of one map layer (e.g. fill and outline). */
	part: string;
};

export interface LegendEntry {
	label: Localised;
	color: string;
	shape: 'fill' | 'line' | 'circle' | 'label';
}

/** A titled block of the details panel: properties of `sql/features/<id>.sql`, in the order shown. */
export interface DetailSection {
	title: Localised;
	fields: string[];
	/**
	 * A property the section's values are derived from (e.g. the time of the latest reading): while it is empty, the
	 * panel says there is no reading instead of showing a state nothing has measured yet.
	 */
	derivedFrom?: string;
}

/**
 * One map layer, described once: the tile server, TileJSON, the map style, the legend and the tests all read this.
 * Its tile query is `tiles/<id>.sql`.
 */
export interface LayerMeta {
	id: string;
	title: Localised;
	theme: Theme;
	geometryType: 'Polygon' | 'LineString' | 'Point';
	minzoom: number;
	maxzoom: number;
	/** What the MVT feature id is, e.g. the RÚIAN code. */
	featureId: string;
	/** Attributes each feature carries in the tile, exactly these. */
	fields: Record<string, LayerField>;
	attribution: SourceId[];
	/** Tables whose changes make cached tiles of this layer stale. */
	tables: string[];
	visibleByDefault: boolean;
	/** Whether a click or the list opens details from `sql/features/<id>.sql`. */
	selectable: boolean;
	/**
	 * The property of `sql/features/<id>.sql` that dates each feature (an ISO timestamp, e.g. its latest reading),
	 * which OGC API `datetime` selects on; layers without one refuse `datetime`.
	 */
	temporalProperty?: string;
	/** How the details panel groups and orders every property of `sql/features/<id>.sql` (selectable layers). */
	details?: DetailSection[];
	style: LayerStyle[];
	legend: LegendEntry[];
}
