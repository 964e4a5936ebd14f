import { expect, test } from './fixtures';
import pg from 'pg';
import { stopEmbeddedCluster } from '../../src/lib/server/db/embedded';
import { provisionDatabase } from '../../src/lib/server/db/provision';
import { env } from '../../src/lib/server/env';

test('GET /api/health reports version, database and PostGIS', async ({ request }) => {
	const response = await request.get('/api/health');
	expect(response.status()).toBe(200);
	const health = await response.json();
	expect(health).toMatchObject({ status: 'ok', version: expect.any(String), database: { reachable: true, postgis: expect.stringMatching(/^3\./) } });
});

test('the app recovers by itself when its database connections are cut', async ({ request }) => {
	const health = await (await request.get('/api/health')).json();
	expect(health.status).toBe('ok');
	// Simulates a database restart from the app's point of view: every one of its connections dies at once.
	const client = new pg.Client({ connectionString: await testDatabaseUrl() });
	await client.connect();
	await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'region-atlas%' AND pid <> pg_backend_pid()");
	await client.end();
	await expect.poll(async () => (await request.get('/api/health')).status(), { timeout: 15_000 }).toBe(200);
	expect((await request.get('/tiles/rivers/8/137/86.mvt')).status()).toBe(200);
});

test('answers 503 while the database is down and 200 again once it is back, without a restart', async ({ request }) => {
	test.skip(Boolean(env().DATABASE_URL), 'needs the embedded cluster, which this test stops and starts');
	await stopEmbeddedCluster(env().ATLAS_DATA_DIR);
	try {
		const down = await request.get('/api/health');
		expect(down.status()).toBe(503);
		expect(await down.json()).toMatchObject({ status: 'unavailable', database: { reachable: false } });
	} finally {
		await provisionDatabase({ database: 'region_atlas_test' });
	}
	await expect.poll(async () => (await request.get('/api/health')).status(), { timeout: 15_000 }).toBe(200);
});

async function testDatabaseUrl(): Promise<string> {
	return (await provisionDatabase({ database: 'region_atlas_test' })).url;
}
