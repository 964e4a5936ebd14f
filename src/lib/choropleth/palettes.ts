import { interpolateBlues, interpolateCividis, interpolateOranges, interpolateViridis, interpolateYlGnBu } from 'd3-scale-chromatic';

/** Sequential palettes that stay readable with colour-vision deficiencies (viridis family, ColorBrewer). */
export const PALETTES = {
	viridis: { name: 'Viridis', interpolate: (t: number) => interpolateViridis(1 - t) },
	cividis: { name: 'Cividis', interpolate: (t: number) => interpolateCividis(1 - t) },
	ylgnbu: { name: 'YlGnBu', interpolate: interpolateYlGnBu },
	blues: { name: 'Blues', interpolate: interpolateBlues },
	oranges: { name: 'Oranges', interpolate: interpolateOranges }
} as const;

export type PaletteId = keyof typeof PALETTES;
export const PALETTE_IDS = Object.keys(PALETTES) as PaletteId[];

/** `classes` colours from light to dark, as [r, g, b]. */
export function paletteColours(palette: PaletteId, classes: number): [number, number, number][] {
	return Array.from({ length: classes }, (_, index) => {
		const t = classes === 1 ? 0.6 : 0.12 + (0.88 * index) / (classes - 1);
		const css = PALETTES[palette].interpolate(t);
		const match = css.match(/\d+/g)?.map(Number) ?? [128, 128, 128];
		if (css.startsWith('#')) return hex(css);
		return [match[0]!, match[1]!, match[2]!];
	});
}

function hex(css: string): [number, number, number] {
	const value = Number.parseInt(css.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
