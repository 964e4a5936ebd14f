import { expect, test, type Page } from './fixtures';
import { PNG } from 'pngjs';
import { waitForMap } from './map-helpers';
import { deviceKeyAndDatastreams } from './telemetry-helpers';

const GAUGE = { feature: 221000, lon: 14.0416405, lat: 50.6539316, spa1: 450 };
let key: string;
let stage: number;

test.beforeAll(async () => {
	const setup = await deviceKeyAndDatastreams(
		'e2e live',
		"SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'flood_gauges' AND s.feature_id = $1 AND d.observed_property = 'stage'",
		[GAUGE.feature]
	);
	key = setup.key;
	stage = setup.datastreams[0]!;
});

async function centrePixel(page: Page): Promise<[number, number, number]> {
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + box.width / 2 - 1, y: box.y + box.height / 2 - 1, width: 3, height: 3 } }));
	const offset = (png.width + 1) * 4;
	return [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!];
}

/** Pixels near SPA 1 green in a ring 16–34 px round the map centre, where deck.gl draws the gauge's level ring. */
async function ringPixels(page: Page): Promise<number> {
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	const shot = PNG.sync.read(await page.screenshot({ clip: { x: centre.x - 40, y: centre.y - 40, width: 80, height: 80 } }));
	let count = 0;
	for (let y = 0; y < shot.height; y++) {
		for (let x = 0; x < shot.width; x++) {
			const distance = Math.hypot(x - 40, y - 40);
			if (distance < 16 || distance > 34) continue;
			const offset = (y * shot.width + x) * 4;
			const [r, g, b] = [shot.data[offset]!, shot.data[offset + 1]!, shot.data[offset + 2]!];
			if (Math.abs(r - 0x8f) < 40 && Math.abs(g - 0xd1) < 40 && Math.abs(b - 0x4f) < 40) count++;
		}
	}
	return count;
}

test('a gauge marker turns SPA 1 green when a live reading crosses SPA 1, and pausing holds the map still', async ({ page, request }) => {
	const post = (value: number, secondsAgo: number) =>
		request.post('/api/observations', {
			headers: { Authorization: `Bearer ${key}` },
			data: [{ datastream: stage, phenomenonTime: new Date(Date.now() - secondsAgo * 1000).toISOString(), result: value }]
		});
	expect((await post(GAUGE.spa1 - 100, 20)).status()).toBe(200);

	await page.goto(`/?layers=flood_gauges&map=14/${GAUGE.lat}/${GAUGE.lon}/0`);
	await waitForMap(page);
	await expect(page.getByTestId('live')).toContainText(/Připojeno/);
	await expect.poll(() => centrePixel(page)).toEqual([0x1f, 0x5f, 0xa8]);

	await page.getByRole('button', { name: 'Pozastavit živá data' }).click();
	expect((await post(GAUGE.spa1 + 20, 10)).status()).toBe(200);
	await page.waitForTimeout(1_500);
	expect(await centrePixel(page)).toEqual([0x1f, 0x5f, 0xa8]);

	await page.getByRole('button', { name: 'Obnovit živá data' }).click();
	await expect.poll(() => centrePixel(page), { timeout: 5_000 }).toEqual([0x8f, 0xd1, 0x4f]);

	// deck.gl draws the live layers on its own canvas above the map: a ring round the gauge, in the SPA 1 colour.
	await expect(page.getByTestId('atlas-map')).toHaveAttribute('data-live-layers', /^[1-9]\d*\/\d+\/\d+$/);
	await expect(page.locator('canvas#deckgl-overlay')).toBeVisible();
	await expect.poll(async () => ringPixels(page), { timeout: 5_000 }).toBeGreaterThan(5);

	// The level is also written out, so colour is not the only cue.
	await page.locator('canvas.maplibregl-canvas').click();
	await expect(page.getByTestId('spa-level')).toHaveText('SPA 1 bdělost');
});
