import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Waits until the map has loaded its style and has no tiles in flight. */
export async function waitForMap(page: Page) {
	const map = page.getByTestId('atlas-map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
	await expect(map).toHaveAttribute('data-loading', 'false', { timeout: 45_000 });
}

/** The map canvas as raw RGBA pixels. */
export async function canvasPixels(page: Page): Promise<Buffer> {
	return PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot()).data;
}

/** Share of pixels that differ between two captures of the same size. */
export function changedShare(a: Buffer, b: Buffer): number {
	let changed = 0;
	for (let index = 0; index < a.length; index += 4) if (a.readUInt32BE(index) !== b.readUInt32BE(index)) changed++;
	return changed / (a.length / 4);
}
