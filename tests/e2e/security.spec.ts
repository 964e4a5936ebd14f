import type { APIResponse } from '@playwright/test';
import { ORIGIN, signIn, testAccount } from './auth-helpers';
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';
import { deviceKeyAndDatastreams, withTestDatabase } from './telemetry-helpers';

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
	const csp = headers['content-security-policy'] ?? '';
	const scriptSrc = csp.match(/script-src ([^;]*)/)?.[1] ?? csp.match(/default-src ([^;]*)/)?.[1];
	expect(scriptSrc, `${where}: script-src`).toBeDefined();
	expect(scriptSrc, `${where}: no inline scripts`).not.toContain('unsafe-inline');
	expect(csp, `${where}: frame-ancestors`).toMatch(/frame-ancestors 'none'/);
	expect(headers['x-content-type-options'], where).toBe('nosniff');
	expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
	expect(headers['strict-transport-security'], `${where}: no HSTS over plain HTTP`).toBeUndefined();
}

test('every HTML response carries the security headers', async ({ request }) => {
	const planner = await testAccount(['planner']);
	const pages = [
		{ path: '/', status: 200 },
		{ path: '/?lang=de', status: 200 },
		{ path: '/login', status: 200 },
		{ path: '/no-such-page', status: 404 }
	];
	for (const { path, status } of pages) {
		const response = await request.get(path, { headers: { Accept: 'text/html' } });
		expect(response.status(), path).toBe(status);
		expect(response.headers()['content-type'], path).toContain('text/html');
		expectSecurityHeaders(response.headers(), path);
	}
	await signIn(request, planner);
	const forbidden = await request.get('/admin', { headers: { Accept: 'text/html' } });
	expect(forbidden.status()).toBe(403);
	expectSecurityHeaders(forbidden.headers(), '403 page');
	const scripts = (await (await request.get('/')).text()).match(/<script[^>]*>/g) ?? [];
	expect(scripts.length).toBeGreaterThan(0);
	for (const tag of scripts) expect(tag).toMatch(/nonce="[^"]+"|src=/);
});

test('HSTS is sent when clients reach the app over HTTPS through a proxy', async ({ request }) => {
	// ORIGIN is http in the test server, so HSTS must stay off even if a client claims https.
	const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
	expect(response.headers()['strict-transport-security']).toBeUndefined();
});

test('the map runs under the CSP without a single violation', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/?lang=en');
	await waitForMap(page);
	expect(violations).toEqual([]);
});

test('a public endpoint answers a burst beyond its bucket with 429 and Retry-After', async ({ request }) => {
	const statuses: number[] = [];
	let refused: APIResponse | undefined;
	for (let i = 0; i < 200 && !refused; i++) {
		const response = await request.get(`/api/search?q=most&limit=1&n=${i}`);
		statuses.push(response.status());
		if (response.status() === 429) refused = response;
	}
	expect(refused, `statuses: ${[...new Set(statuses)]}`).toBeDefined();
	expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(100);
	expect(Number(refused!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
	expect((await refused!.json()).error.message).toMatch(/Too many requests/);
	// Another client is not affected.
	expect((await request.get('/api/search?q=most', { headers: { 'X-Forwarded-For': '198.51.100.77' } })).status()).toBe(200);
});

test('a server error answers with a generic message and a reference, never SQL, stack or paths', async ({ request }) => {
	await withTestDatabase((client) => client.query('ALTER VIEW municipality_indicator_value RENAME TO municipality_indicator_value_moved'));
	try {
		const response = await request.get('/api/indicators/population/values', { headers: { Accept: 'application/json' } });
		expect(response.status()).toBe(500);
		const body = await response.text();
		expect(JSON.parse(body).message).toMatch(/^Something went wrong on our side\. If it keeps happening, report reference [0-9a-f]{8}\.$/);
		expect(body).not.toMatch(/municipality_indicator_value|relation|SELECT|does not exist|\/work|node_modules|\.ts|\.js|at /);
	} finally {
		await withTestDatabase((client) => client.query('ALTER VIEW municipality_indicator_value_moved RENAME TO municipality_indicator_value'));
	}
});

test.describe('device keys', () => {
	test('a key revoked by an administrator is refused at once', async ({ request, playwright, extraHTTPHeaders }) => {
		const { key, datastreams } = await deviceKeyAndDatastreams(`revoke-${Date.now()}`, "SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'rain_gauges' ORDER BY d.id LIMIT 1");
		const reading = () => [{ datastream: datastreams[0], phenomenonTime: new Date(Date.now() - Math.floor(Math.random() * 3_600_000)).toISOString(), result: 0.4 }];
		const post = () => request.post('/api/observations', { data: reading(), headers: { Authorization: `Bearer ${key}` } });
		expect((await post()).status()).toBe(200);

		const admin = await playwright.request.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
		await signIn(admin, await testAccount(['admin']));
		const revoked = await admin.post('/admin/keys?/revoke', { form: { prefix: key.split('_')[1]! }, headers: { Origin: ORIGIN, Accept: 'text/html' } });
		expect(revoked.status()).toBe(200);
		await admin.dispose();

		const refused = await post();
		expect(refused.status()).toBe(401);
	});

	test('a key scoped to one datastream cannot write another sensor’s datastream', async ({ request }) => {
		const [own, other] = await withTestDatabase(async (client) =>
			(await client.query<{ id: number }>("SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'flood_gauges' AND d.observed_property = 'stage' ORDER BY d.id LIMIT 2")).rows.map((row) => row.id)
		);
		const { createDeviceKey } = await import('../../src/lib/server/telemetry/keys');
		const key = await withTestDatabase(async (client) => (await createDeviceKey(client, `scoped-${Date.now()}`, { datastreams: [own!] }, { name: 'e2e' })).key);
		const time = new Date(Date.now() - Math.floor(Math.random() * 3_600_000)).toISOString();
		const response = await request.post('/api/observations', {
			data: [
				{ datastream: own, phenomenonTime: time, result: 120 },
				{ datastream: other, phenomenonTime: time, result: 120 }
			],
			headers: { Authorization: `Bearer ${key}` }
		});
		expect(response.status()).toBe(200);
		const body = await response.json();
		expect(body.accepted).toBe(1);
		expect(body.rejected).toBe(1);
		expect(body.items[1]).toMatchObject({ status: 'rejected', code: 403 });
		const stored = await withTestDatabase(async (client) => (await client.query('SELECT count(*)::int AS n FROM observation WHERE datastream_id = $1 AND phenomenon_time = $2', [other, time])).rows[0].n);
		expect(stored).toBe(0);
	});
});
