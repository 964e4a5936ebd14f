/** Web Mercator tile address. */
export interface TileCoords {
	z: number;
	x: number;
	y: number;
}

export const MAX_ZOOM = 22;

export type Parsed<T> = { ok: true; value: T } | { ok: false; parameter: string; message: string };

const DIGITS = /^\d{1,10}$/;

/**
 * Validates z/x/y path segments as given in the URL: plain decimal integers, z in 0–22, x and y in 0..2^z−1.
 * Anything else is reported with the parameter it concerns, never passed on.
 */
export function parseTileCoords(raw: { z: string; x: string; y: string }): Parsed<TileCoords> {
	for (const parameter of ['z', 'x', 'y'] as const) {
		if (!DIGITS.test(raw[parameter])) {
			return { ok: false, parameter, message: `${parameter} must be a non-negative integer, got '${raw[parameter].slice(0, 40)}'` };
		}
	}
	const z = Number(raw.z);
	if (z > MAX_ZOOM) return { ok: false, parameter: 'z', message: `z must be between 0 and ${MAX_ZOOM}, got ${z}` };
	const limit = 2 ** z - 1;
	const x = Number(raw.x);
	if (x > limit) return { ok: false, parameter: 'x', message: `x must be between 0 and ${limit} at zoom ${z}, got ${x}` };
	const y = Number(raw.y);
	if (y > limit) return { ok: false, parameter: 'y', message: `y must be between 0 and ${limit} at zoom ${z}, got ${y}` };
	return { ok: true, value: { z, x, y } };
}

/** The tile's bounds in lon/lat: [west, south, east, north]. */
export function tileBounds({ z, x, y }: TileCoords): [number, number, number, number] {
	const n = 2 ** z;
	const lon = (column: number) => (column / n) * 360 - 180;
	const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
	return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

/** The tiles at zoom z that cover a lon/lat box, row by row. */
export function tilesCovering([west, south, east, north]: [number, number, number, number], z: number): TileCoords[] {
	const n = 2 ** z;
	const column = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
	const row = (lat: number) => {
		const radians = (lat * Math.PI) / 180;
		return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n)));
	};
	const tiles: TileCoords[] = [];
	for (let y = row(north); y <= row(south); y++) {
		for (let x = column(west); x <= column(east); x++) tiles.push({ z, x, y });
	}
	return tiles;
}
