import { expect, test } from './fixtures';
import { PNG } from 'pngjs';
import { waitForMap } from './map-helpers';

test('/ draws the regions from our own tiles, with no request to another host', async ({ page, baseURL }) => {
	const tileStatuses: number[] = [];
	const foreignHosts = new Set<string>();
	page.on('response', (response) => {
		if (response.url().includes('.mvt')) tileStatuses.push(response.status());
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseURL) foreignHosts.add(url.origin);
	});

	await page.goto('/');
	await waitForMap(page);
	expect(tileStatuses.length).toBeGreaterThan(0);
	expect(tileStatuses.every((status) => status === 200 || status === 204)).toBe(true);
	expect(tileStatuses).toContain(200);
	expect([...foreignHosts]).toEqual([]);

	const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
	const colours = new Set<number>();
	for (let index = 0; index < png.data.length; index += 4 * 97) colours.add(png.data.readUInt32BE(index));
	expect(colours.size, 'a blank canvas has one colour').toBeGreaterThan(20);

	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('ČHMÚ');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('RCzechia');
});
