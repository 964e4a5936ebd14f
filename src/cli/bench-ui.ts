/**
 * npm run bench:ui — in headless Chromium (SwiftShader WebGL): time from navigation to the first map `idle` with
 * the default layers, on a database without telemetry and again with a current reading on every datastream (as in
 * service: live colours and the deck.gl live overlay take part), the JavaScript transferred for `/` (compressed) in
 * both, and frame times while panning with the choropleth on. Prints the figures against the targets (idle < 3 s,
 * JS < 600 KB).
 */
import { chromium, type Page } from '@playwright/test';
import pg from 'pg';
import { prepareDatabase } from '../lib/server/db/prepare';
import { createDeviceKey } from '../lib/server/telemetry/keys';
import { startAppServer } from './app-server';
import { fail, log } from './log';

const PORT = 4303;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const IDLE_MAP = '[data-testid=atlas-map][data-ready=true][data-loading=false]';

async function waitForIdle(page: Page) {
	await page.waitForSelector(IDLE_MAP, { timeout: 60_000 });
}

/**
 * Notes in the page, on its own clock (0 = navigation start), when the map first reports idle. Playwright's own
 * wait can only see it once the page's main thread is free again, and right after the first idle the live overlay
 * compiles its shaders, which under SwiftShader holds that thread for seconds.
 */
const RECORD_FIRST_IDLE = `new MutationObserver((_, observer) => {
	if (!document.querySelector('${IDLE_MAP}')) return;
	window.benchFirstIdle = performance.now();
	observer.disconnect();
}).observe(document, { attributes: true, subtree: true, childList: true });`;

let stopServer = async () => {};
let stopDatabase = async () => {};
try {
	const database = await prepareDatabase({ database: 'region_atlas_bench_ui', log });
	stopDatabase = () => database.stop();
	stopServer = (await startAppServer(PORT, database.url)).stop;
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});

	/**
	 * Cold loads of `/`: time to the first idle, and the scripts of the first load once nothing more arrives (with
	 * readings, once the live overlay, which starts after the first idle, has drawn).
	 */
	async function coldLoads(withLiveOverlay: boolean): Promise<{ idleTimes: number[]; javascriptBytes: number }> {
		const idleTimes: number[] = [];
		let javascriptBytes = 0;
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
			await context.addInitScript(RECORD_FIRST_IDLE);
			const page = await context.newPage();
			const scripts: Promise<number>[] = [];
			// Sizes of scripts still arriving when the context closes cannot be read: they are not counted.
			if (run === 0) {
				page.on('requestfinished', (request) => {
					if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize, () => 0));
				});
			}
			await page.goto(BASE);
			await waitForIdle(page);
			idleTimes.push((await page.evaluate('window.benchFirstIdle')) as number);
			if (run === 0) {
				if (withLiveOverlay) await page.waitForSelector('[data-testid=atlas-map][data-live-layers]:not([data-live-layers=""])', { timeout: 60_000 });
				await page.waitForLoadState('networkidle');
				javascriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
			}
			await context.close();
		}
		return { idleTimes, javascriptBytes };
	}

	await clearTelemetry(database.url);
	const quiet = await coldLoads(false);
	await postCurrentReadings(database.url);
	const live = await coldLoads(true);

	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${BASE}/?map=10/50.66/14.03/0&ind=population_density&cls=jenks&n=7`);
	await waitForIdle(page);
	await page.getByTestId('choropleth-legend').waitFor();
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	// A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
	await page.evaluate(`{
		const frames = (window.benchFrames = []);
		let last = performance.now();
		const tick = (now) => { frames.push(now - last); last = now; requestAnimationFrame(tick); };
		requestAnimationFrame(tick);
	}`);
	const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
	for (let sweep = 0; sweep < 4; sweep++) {
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx + (sweep % 2 ? -250 : 250), cy + 80, { steps: 40 });
		await page.mouse.up();
	}
	const frames = ((await page.evaluate('window.benchFrames')) as number[]).slice(2);
	await context.close();
	await browser.close();
	await stopServer();
	await database.stop();

	console.log('\nRegion Atlas UI benchmark (headless Chromium, SwiftShader WebGL)\n');
	for (const [label, run] of [['no telemetry yet', quiet], ['a current reading on every sensor', live]] as const) {
		const idle = median(run.idleTimes);
		console.log(`first map idle, default layers, ${label}: median ${(idle / 1000).toFixed(2)} s over ${RUNS} cold loads (${run.idleTimes.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)  target < 3 s  ${idle < 3000 ? 'met' : 'MISSED'}`);
		console.log(`JavaScript for /, ${label} (compressed): ${(run.javascriptBytes / 1024).toFixed(0)} KB  target < 600 KB  ${run.javascriptBytes < 600 * 1024 ? 'met' : 'MISSED'}`);
	}
	console.log(`panning with the choropleth: ${frames.length} frames, mean ${(frames.reduce((a, b) => a + b, 0) / frames.length).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms`);
} catch (error) {
	// A failed run leaves neither the app on its port nor the cluster behind, so the next run can start.
	await stopServer();
	await stopDatabase().catch(() => {});
	fail(error);
}

/** One current reading per datastream through the real ingest API, low in its physical range. */
async function postCurrentReadings(url: string) {
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	try {
		const { key } = await createDeviceKey(pool, `bench-ui ${new Date().toISOString()}`, { all: true }, { name: 'cli' });
		const { rows } = await pool.query<{ id: number; value: number }>('SELECT id, min_value + (max_value - min_value) * 0.05 AS value FROM datastream ORDER BY id');
		const time = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000).toISOString();
		const response = await fetch(`${BASE}/api/observations`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
			body: JSON.stringify(rows.map((row) => ({ datastream: row.id, phenomenonTime: time, result: row.value })))
		});
		if (!response.ok) throw new Error(`Posting the current readings failed: HTTP ${response.status}`);
	} finally {
		await pool.end();
	}
}

/** The benchmark's own database starts each run without readings, alerts or flood states. */
async function clearTelemetry(url: string) {
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	try {
		await pool.query('TRUNCATE observation, datastream_latest, stream_batch, notification_log, flood_alert, flood_state');
	} finally {
		await pool.end();
	}
}
