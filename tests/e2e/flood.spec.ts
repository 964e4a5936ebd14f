import type { Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { ORIGIN, signIn, signInWithPage, testAccount } from './auth-helpers';
import { expect, test } from './fixtures';
import { resetGauge } from '../support/gauges';
import { deviceKeyAndDatastreams, withTestDatabase } from './telemetry-helpers';

const LABE_USTI = 221000;

/** The Labe at Ústí, without readings or alerts: earlier tests write there too. */
const labe = () => withTestDatabase((client) => resetGauge(client, LABE_USTI));

async function send(request: import('@playwright/test').APIRequestContext, key: string, stage: number, readings: [Date, number][]) {
	const response = await request.post('/api/observations', {
		data: readings.map(([time, value]) => ({ datastream: stage, phenomenonTime: time.toISOString(), result: value })),
		headers: { Authorization: `Bearer ${key}` }
	});
	expect(response.status()).toBe(200);
	expect((await response.json()).rejected).toBe(0);
}

const minutesAgo = (minutes: number) => new Date(Math.floor((Date.now() - minutes * 60_000) / 60_000) * 60_000);

async function operatorPage(browser: Browser, extraHTTPHeaders: Record<string, string> | undefined) {
	const context = await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
	const page = await context.newPage();
	await signInWithPage(page, await testAccount(['flood_operator']));
	await page.goto('/flood?lang=en');
	await expect(page.locator('.live[data-connected="true"]')).toBeVisible();
	return page;
}

test('an acknowledgement needs a flood operator, is audited, and reaches other operator screens live', async ({ browser, request, playwright, extraHTTPHeaders }) => {
	const gauge = await labe();
	const { key } = await deviceKeyAndDatastreams(`flood-${Date.now()}`, 'SELECT 1 AS id');
	const [first, second] = [await operatorPage(browser, extraHTTPHeaders), await operatorPage(browser, extraHTTPHeaders)];

	// A reading above SPA 1 (450 cm) raises an alert that both screens show without reloading.
	await send(request, key, gauge.stage, [[minutesAgo(30), 441], [minutesAgo(20), 446], [minutesAgo(10), 455]]);
	for (const page of [first, second]) await expect(page.locator('li[data-kind="spa1"][data-status="active-unacknowledged"]')).toBeVisible();
	const alertId = await first.locator('li[data-kind="spa1"]').getAttribute('data-alert');

	// A planner sees it but may not acknowledge it; nor may anyone anonymous.
	const planner = await playwright.request.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
	await signIn(planner, await testAccount(['planner']));
	expect((await planner.post(`/api/flood/alerts/${alertId}/acknowledge`, { data: { note: 'x' } })).status()).toBe(403);
	expect((await request.post(`/api/flood/alerts/${alertId}/acknowledge`, { data: { note: 'x' } })).status()).toBe(401);
	const plannerPage = await (await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders })).newPage();
	await plannerPage.context().addCookies((await planner.storageState()).cookies);
	await plannerPage.goto('/flood?lang=en');
	await expect(plannerPage.locator(`li[data-alert="${alertId}"]`)).toBeVisible();
	await expect(plannerPage.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
	await planner.dispose();

	const alert = first.locator(`li[data-alert="${alertId}"]`);
	await alert.getByLabel('Note with the acknowledgement').fill('Hlídka na nábřeží informována');
	await alert.getByRole('button', { name: 'Acknowledge' }).click();
	const elsewhere = second.locator(`li[data-alert="${alertId}"]`);
	await expect(elsewhere).toHaveAttribute('data-status', 'active-acknowledged');
	await expect(elsewhere).toContainText('Hlídka na nábřeží informována');

	const audited = await withTestDatabase(async (client) => (await client.query("SELECT actor, details FROM audit_event WHERE action = 'alert.acknowledge' AND target = $1", [alertId])).rows);
	expect(audited).toHaveLength(1);
	expect(audited[0].details).toMatchObject({ kind: 'spa1', note: 'Hlídka na nábřeží informována' });

	// Acknowledging twice is a conflict, not a second record.
	const again = await first.request.post(`/api/flood/alerts/${alertId}/acknowledge`, { data: { note: 'again' }, headers: extraHTTPHeaders });
	expect(again.status()).toBe(409);

	// "Only SPA 1 and above" narrows the gauge list and the map to the raised gauge.
	await first.getByLabel('Only gauges at SPA 1 or above').check();
	await expect(first.locator('table.gauges tbody tr')).toHaveCount(1);
	await expect(first.locator('table.gauges tbody tr')).toHaveAttribute('data-level', 'spa1');
	await expect(first.locator('.flood-map')).toHaveAttribute('data-filtered', 'true');
});

test('the hydrograph draws the SPA bands at the heights of their thresholds', async ({ page, request }) => {
	const gauge = await labe();
	const { key } = await deviceKeyAndDatastreams(`hydrograph-${Date.now()}`, 'SELECT 1 AS id');
	const wave = Array.from({ length: 48 }, (_, i) => [minutesAgo((48 - i) * 10), Math.round(400 + 220 * Math.sin((Math.PI * i) / 47))] as [Date, number]);
	await send(request, key, gauge.stage, wave);
	await signInWithPage(page, await testAccount(['planner']));
	await page.goto(`/flood/gauges/${gauge.sensor}?lang=en`);
	const chart = page.locator('.hydrograph[data-ready="true"]');
	await expect(chart).toBeVisible();
	await expect(chart).toHaveAttribute('data-bands', /spa3/);

	const scale = JSON.parse((await chart.getAttribute('data-scale'))!) as { min: number; max: number; height: number; top: number; left: number };
	const bands = JSON.parse((await chart.getAttribute('data-bands'))!) as { level: string; lower: number; upper: number; y: number }[];
	// ČHMÚ's extreme level for Ústí (1062 cm) lies above this wave, so its band is off the chart.
	expect(bands.map((band) => [band.level, band.lower])).toEqual([['spa1', 450], ['spa2', 530], ['spa3', 600], ['extreme', 1062]]);
	for (const band of bands.filter((item) => item.lower <= scale.max)) expect(Math.abs(band.y - ((scale.max - band.lower) / (scale.max - scale.min)) * scale.height)).toBeLessThan(1.5);
	expect(scale.min).toBeLessThanOrEqual(400);
	expect(scale.max).toBeGreaterThanOrEqual(620);

	// The pixels agree: just above each threshold the plot shows that band's colour.
	const png = PNG.sync.read(await chart.locator('canvas').screenshot());
	const colourAt = (band: { y: number }) => {
		const x = Math.round(scale.left + 40);
		const y = Math.round(scale.top + band.y - 3);
		const offset = (y * png.width + x) * 4;
		return { r: png.data[offset]!, g: png.data[offset + 1]!, b: png.data[offset + 2]! };
	};
	const [spa1, spa2, spa3] = bands.slice(0, 3).map(colourAt);
	expect(spa1!.g).toBeGreaterThan(spa1!.r); // light green
	expect(spa1!.g).toBeGreaterThan(spa1!.b);
	expect(spa2!.r).toBeGreaterThan(spa2!.g); // orange
	expect(spa2!.g).toBeGreaterThan(spa2!.b);
	expect(spa3!.r - spa3!.g).toBeGreaterThan(40); // red
});

test('readings across the October change to winter time are shown in order, with no hour lost or doubled', async ({ page, request }) => {
	const gauge = await labe();
	const { key } = await deviceKeyAndDatastreams(`dst-${Date.now()}`, 'SELECT 1 AS id');
	// 2026-10-25: at 03:00 CEST (01:00 UTC) clocks go back to 02:00 CET, so 02:00–02:59 happens twice.
	const start = Date.parse('2026-10-24T23:00:00Z');
	await send(request, key, gauge.stage, Array.from({ length: 18 }, (_, i) => [new Date(start + i * 600_000), 300 + i] as [Date, number]));
	await signInWithPage(page, await testAccount(['flood_operator']));
	await page.goto(`/flood/gauges/${gauge.sensor}?lang=en&end=2026-10-25T02:00:00Z`);
	await page.getByText('Table of values').click();
	const rows = page.locator('.readings tbody tr');
	await expect(rows).toHaveCount(18);
	const shown = await rows.evaluateAll((elements) => elements.map((row) => ({ iso: row.querySelector('time')!.getAttribute('datetime')!, text: row.querySelector('time')!.textContent!.trim(), value: row.querySelectorAll('td')[1]!.textContent })));
	const times = shown.map((row) => Date.parse(row.iso));
	expect(times).toEqual([...times].sort((a, b) => b - a));
	expect(new Set(times).size).toBe(18);
	const local = shown.map((row) => row.text.replace(/^.*?(\d{2}:\d{2}) (GMT[+-]\d+)$/, '$1 $2')).reverse();
	expect(local).toEqual([
		'01:00 GMT+2', '01:10 GMT+2', '01:20 GMT+2', '01:30 GMT+2', '01:40 GMT+2', '01:50 GMT+2',
		'02:00 GMT+2', '02:10 GMT+2', '02:20 GMT+2', '02:30 GMT+2', '02:40 GMT+2', '02:50 GMT+2',
		'02:00 GMT+1', '02:10 GMT+1', '02:20 GMT+1', '02:30 GMT+1', '02:40 GMT+1', '02:50 GMT+1'
	]);
	expect(shown.map((row) => row.value).reverse()).toEqual(Array.from({ length: 18 }, (_, i) => String(300 + i)));
});

test('the public flood status lists every ČHMÚ gauge with its level and nothing operators wrote', async ({ request }) => {
	const response = await request.get('/api/public/flood-status');
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.gauges).toHaveLength(82);
	const labeGauge = body.gauges.find((item: { id: number }) => item.id === LABE_USTI);
	expect(labeGauge).toMatchObject({ name: 'Ústí nad Labem', river: 'Labe', thresholdsCm: { spa1: 450, spa2: 530, spa3: 600 } });
	expect(['none', 'normal', 'spa1', 'spa2', 'spa3', 'extreme']).toContain(labeGauge.level);
	expect(JSON.stringify(body)).not.toMatch(/ack|note|acknowledg/i);
});
