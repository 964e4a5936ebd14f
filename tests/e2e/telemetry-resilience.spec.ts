import { expect, test } from './fixtures';
import { stopEmbeddedCluster } from '../../src/lib/server/db/embedded';
import { provisionDatabase } from '../../src/lib/server/db/provision';
import { env } from '../../src/lib/server/env';
import { startAppServer } from '../../src/cli/app-server';
import { deviceKeyAndDatastreams, withTestDatabase } from './telemetry-helpers';

let key: string;
let datastreams: number[];

test.beforeAll(async () => {
	({ key, datastreams } = await deviceKeyAndDatastreams(
		'e2e resilience',
		"SELECT d.id FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'traffic_sensors' ORDER BY d.id LIMIT 50"
	));
});

test('nothing acknowledged is lost when the database crashes and restarts mid-run', async ({ request }) => {
	test.skip(Boolean(env().DATABASE_URL), 'needs the embedded cluster, which this test crashes and restarts');
	test.setTimeout(120_000);
	const base = Date.now() - 60 * 60_000;
	const acknowledged: { datastream: number; phenomenonTime: string }[] = [];
	let refused = 0;
	try {
		for (let batch = 0; batch < 30; batch++) {
			if (batch === 10) await stopEmbeddedCluster(env().ATLAS_DATA_DIR, 'immediate');
			if (batch === 16) await provisionDatabase({ database: 'region_atlas_test' });
			const readings = datastreams.map((datastream) => ({ datastream, phenomenonTime: new Date(base + batch * 60_000).toISOString(), result: batch }));
			const response = await request.post('/api/observations', { headers: { Authorization: `Bearer ${key}` }, data: readings });
			if (response.status() === 200) {
				const report = await response.json();
				report.items.forEach((item: { status: string }, index: number) => item.status !== 'rejected' && acknowledged.push(readings[index]!));
			} else {
				// While the database is down the API must refuse with 503 and Retry-After, acknowledging nothing.
				expect(response.status()).toBe(503);
				expect(response.headers()['retry-after']).toBeDefined();
				refused++;
			}
		}
	} finally {
		await provisionDatabase({ database: 'region_atlas_test' });
	}
	expect(refused).toBeGreaterThan(0);
	expect(acknowledged.length).toBeGreaterThanOrEqual(20 * datastreams.length);

	const { rows } = await withTestDatabase((client) =>
		client.query<{ n: number }>(
			'SELECT count(*)::int AS n FROM unnest($1::integer[], $2::timestamptz[]) AS a (datastream_id, phenomenon_time) JOIN observation AS o USING (datastream_id, phenomenon_time)',
			[acknowledged.map((reading) => reading.datastream), acknowledged.map((reading) => reading.phenomenonTime)]
		)
	);
	expect(rows[0]!.n).toBe(acknowledged.length);
});

test('two app instances on one database both stream every reading', async ({ request, baseURL }) => {
	const database = await provisionDatabase({ database: 'region_atlas_test' });
	const second = await startAppServer(4199, database.url);
	try {
		const open = async (origin: string) => {
			const controller = new AbortController();
			const response = await fetch(`${origin}/api/stream?layers=traffic_sensors`, { signal: controller.signal });
			const reader = response.body!.getReader();
			await reader.read();
			let text = '';
			return {
				until: async (needle: string) => {
					const deadline = Date.now() + 3_000;
					while (!text.includes(needle) && Date.now() < deadline) text += new TextDecoder().decode((await reader.read()).value);
					controller.abort();
					return text;
				}
			};
		};
		const [first, other] = await Promise.all([open(baseURL!), open(second.origin)]);
		const value = 123;
		const response = await request.post('/api/observations', {
			headers: { Authorization: `Bearer ${key}` },
			data: [{ datastream: datastreams[0], phenomenonTime: new Date(Date.now() - 5_000).toISOString(), result: value }]
		});
		expect((await response.json()).accepted).toBe(1);
		expect(await first.until(`"value":${value}`)).toContain(`"value":${value}`);
		expect(await other.until(`"value":${value}`)).toContain(`"value":${value}`);
	} finally {
		await second.stop();
	}
});
