import pg from 'pg';
import { provisionDatabase } from '../../src/lib/server/db/provision';
import { createDeviceKey } from '../../src/lib/server/telemetry/keys';

/** Runs `work` with a client on the test database that the app under test uses. */
export async function withTestDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const database = await provisionDatabase({ database: 'region_atlas_test' });
	const client = new pg.Client({ connectionString: database.url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** A fresh device key that may write every datastream, and the datastream ids the query selects. */
export function deviceKeyAndDatastreams(name: string, datastreamsQuery: string, values: unknown[] = []) {
	return withTestDatabase(async (client) => ({
		key: (await createDeviceKey(client, name, { all: true }, { name: 'test' })).key,
		datastreams: (await client.query<{ id: number }>(datastreamsQuery, values)).rows.map((row) => row.id)
	}));
}
