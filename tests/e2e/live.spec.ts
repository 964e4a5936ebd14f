import { spawn } from 'node:child_process';
import { expect, test, type Page } from './fixtures';
import { PNG } from 'pngjs';
import { resetGauge } from '../support/gauges';
import { waitForMap } from './map-helpers';
import { deviceKeyAndDatastreams, withTestDatabase } from './telemetry-helpers';

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

test('with the simulator running a flood wave, a gauge marker turns from below SPA 1 to SPA 1 as the level crosses it', async ({ page, baseURL }) => {
	test.setTimeout(90_000);
	// Stráž pod Ralskem (SPA 1/2/3 = 100/140/170 cm) is the uppermost Ploučnice gauge, so the wave reaches it at
	// --flood-at. Four simulated hours that end 5.5 h before the wave lift it from about 80 cm through SPA 1 to
	// about 130 cm, below SPA 2.
	const gauge = await withTestDatabase(async (client) => {
		await resetGauge(client, 231000);
		const { rows } = await client.query<{ lon: number; lat: number }>(
			'SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT ST_Transform(geom, 4326) AS p FROM flood_gauge WHERE id = 231000) AS g'
		);
		return rows[0]!;
	});
	await page.goto(`/?layers=flood_gauges&map=14/${gauge.lat}/${gauge.lon}/0`);
	await waitForMap(page);
	await expect(page.getByTestId('live')).toContainText(/Připojeno/);
	await expect.poll(() => centrePixel(page)).toEqual([0x1f, 0x5f, 0xa8]);

	const now = Date.now();
	const simulator = spawn(
		process.execPath,
		['--import', 'tsx', 'src/cli/simulate.ts', '--url', baseURL!, '--scenario', 'flood', '--only', 'flood_gauges:231000', '--speed', '900',
			'--start', new Date(now - 4 * 3_600_000).toISOString(), '--flood-at', new Date(now + 5.5 * 3_600_000).toISOString()],
		{ env: { ...process.env, ATLAS_DB_NAME: 'region_atlas_test' }, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	simulator.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	simulator.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => simulator.on('exit', resolve));
	try {
		await expect.poll(() => output, { timeout: 15_000, message: 'the simulator starts' }).toMatch(/Simulating 2 datastreams \(flood\)/);
		await expect.poll(() => centrePixel(page), { timeout: 40_000, message: `the marker turns SPA 1 green; simulator said:\n${output}` }).toEqual([0x8f, 0xd1, 0x4f]);
		await page.locator('canvas.maplibregl-canvas').click();
		await expect(page.getByTestId('spa-level')).toHaveText('SPA 1 bdělost');
		// The simulator's own readings started below SPA 1: the marker changed because the level crossed it.
		const stored = await withTestDatabase(async (client) => (await client.query<{ first: number; last: number }>(
			`SELECT (array_agg(o.value ORDER BY o.phenomenon_time))[1] AS first, (array_agg(o.value ORDER BY o.phenomenon_time DESC))[1] AS last
			 FROM observation AS o JOIN datastream AS d ON d.id = o.datastream_id JOIN sensor AS s ON s.id = d.sensor_id
			 WHERE s.layer = 'flood_gauges' AND s.feature_id = 231000 AND d.observed_property = 'stage'`
		)).rows[0]!);
		expect(stored.first).toBeLessThan(100);
		expect(stored.last).toBeGreaterThanOrEqual(100);
	} finally {
		simulator.kill('SIGINT');
		expect(await exited).toBe(0);
		await withTestDatabase((client) => resetGauge(client, 231000));
	}
	expect(output).toMatch(/Done: \d+ readings sent in \d+ s, \d+ accepted, 0 duplicate, 0 rejected, 0 failed posts\. The simulator's key was revoked\./);
});
