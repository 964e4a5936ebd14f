import { expect, test } from './fixtures';
import { deviceKeyAndDatastreams } from './telemetry-helpers';

let key: string;
let datastream: number;

test.beforeAll(async () => {
	const setup = await deviceKeyAndDatastreams('e2e', "SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'rain_gauges' ORDER BY d.id LIMIT 1");
	key = setup.key;
	datastream = setup.datastreams[0]!;
});

const post = (request: import('@playwright/test').APIRequestContext, data: string, headers: Record<string, string> = {}) =>
	request.post('/api/observations', { data, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, ...headers } });

test('POST /api/observations reports each item after storing it', async ({ request }) => {
	const time = new Date(Date.now() - 90_000).toISOString();
	const body = JSON.stringify([{ Datastream: { '@iot.id': datastream }, components: ['phenomenonTime', 'result'], dataArray: [[time, 1.2], [time, 1.3]] }]);
	const response = await post(request, body);
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ accepted: 1, duplicate: 1, rejected: 0 });
});

test('answers 401 without a valid key', async ({ request }) => {
	const response = await post(request, '[]', { Authorization: 'Bearer ra_nope' });
	expect(response.status()).toBe(401);
	expect(response.headers()['www-authenticate']).toContain('Bearer');
});

test('answers 400 to malformed JSON and to a body of the wrong shape', async ({ request }) => {
	expect((await post(request, '[{"datastream": 1,')).status()).toBe(400);
	const wrong = await post(request, '{"observations": 1}');
	expect(wrong.status()).toBe(400);
	expect((await wrong.json()).error.message).toContain('JSON array');
});

test('answers 413 to a body over the limit', async ({ request }) => {
	const response = await post(request, `[${'{"datastream":1,"phenomenonTime":"2026-01-01T00:00:00Z","result":1},'.repeat(20_000)}{}]`);
	expect(response.status()).toBe(413);
});

test('GET /api/stream delivers an ingested reading as a Server-Sent Event', async ({ request, baseURL }) => {
	const controller = new AbortController();
	const stream = await fetch(`${baseURL}/api/stream?layers=rain_gauges`, { signal: controller.signal });
	expect(stream.headers.get('content-type')).toContain('text/event-stream');
	const reader = stream.body!.getReader();
	await reader.read();
	const started = Date.now();
	const time = new Date(Date.now() - 30_000).toISOString();
	await post(request, JSON.stringify([{ datastream, phenomenonTime: time, result: 4.2 }]));
	let text = '';
	while (!text.includes('"value":4.2') && Date.now() - started < 3_000) text += new TextDecoder().decode((await reader.read()).value);
	controller.abort();
	expect(text).toMatch(/^id: \d+-\d+$/m);
	expect(text).toContain('"value":4.2');
	expect(Date.now() - started).toBeLessThan(1_000);
});
