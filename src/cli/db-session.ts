import pg from 'pg';
import { prepareDatabase } from '../lib/server/db/prepare';

/** Runs `work` against the configured database (embedded cluster unless DATABASE_URL), then closes everything. */
export async function withDatabase<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
	const database = await prepareDatabase({ log: () => {} });
	const pool = new pg.Pool({ connectionString: database.url, max: 1 });
	try {
		return await work(pool);
	} finally {
		await pool.end();
		await database.stop();
	}
}
