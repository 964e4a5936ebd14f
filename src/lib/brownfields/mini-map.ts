/**
 * A site's small map as sql/queries/brownfield_minimap.sql draws it: SVG path data in a 160 × 160 box (null where
 * the window holds nothing of that kind), counter positions, and the window's width on the ground.
 */
export interface SiteMiniMap {
	width_m: number;
	site: string;
	boundaries: string | null;
	water: string | null;
	rivers: string | null;
	corridors: string | null;
	other_sites: string | null;
	counters: [number, number][] | null;
}

export const MINI_MAP_SIZE = 160;

const NICE_LENGTHS = [50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000];

/** The longest round length that fits in a third of the map, and how many pixels it spans. */
export function scaleBar(widthMetres: number): { metres: number; pixels: number } {
	const metres = [...NICE_LENGTHS].reverse().find((length) => length <= widthMetres / 3) ?? NICE_LENGTHS[0]!;
	return { metres, pixels: (metres / widthMetres) * MINI_MAP_SIZE };
}
