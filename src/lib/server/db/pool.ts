import pg from 'pg';
import { env } from '../env';

/** Anything that runs a query: the pool, a client, a test's own pool. */
export type Queryable = Pick<pg.Pool, 'query'>;

let pool: pg.Pool | undefined;

/**
 * Tile statements are prepared once per connection. A generic plan skips re-planning the composite query on every
 * request (1.6 ms, more than a z14 tile takes to run), and parallel workers cost more to start than they save on
 * millisecond queries. A generic plan's cost is estimated without the parameters, often high enough to trigger JIT
 * compilation: the live-stream read then took 500 ms instead of 2 ms. JIT is off per session, so that holds on any
 * server DATABASE_URL points at, not only on the embedded one.
 */
export const SESSION_OPTIONS = '-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0 -c jit=off';

/**
 * The app's one connection pool. `npm start` provisions the database and hands its URL to the server process
 * as DATABASE_URL, so by the time a request arrives the URL is always there.
 */
export function db(): pg.Pool {
	if (pool) return pool;
	const { DATABASE_URL, ATLAS_DB_POOL_MAX } = env();
	if (!DATABASE_URL) {
		throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provisions the database, or set DATABASE_URL.');
	}
	pool = new pg.Pool({
		connectionString: DATABASE_URL,
		max: ATLAS_DB_POOL_MAX,
		connectionTimeoutMillis: 5_000,
		idleTimeoutMillis: 30_000,
		application_name: 'region-atlas',
		options: SESSION_OPTIONS
	});
	// An idle client dies when the server restarts; the pool drops it and reconnects on the next query.
	pool.on('error', (error) => console.warn(`database: idle connection lost (${error.message}); it will be replaced`));
	return pool;
}

export async function closeDb(): Promise<void> {
	const current = pool;
	pool = undefined;
	await current?.end();
}

/**
 * Fails when the pool could take every connection the server allows, leaving none for migrations, the LISTEN
 * connections or psql. A server that is not reachable yet is not an error here: the pool retries when needed.
 */
export async function assertPoolFitsServer(): Promise<void> {
	const result = await db()
		.query<{ max_connections: number; reserved: number }>(
			`SELECT current_setting('max_connections')::int AS max_connections,
			        current_setting('superuser_reserved_connections')::int AS reserved`
		)
		.catch(() => undefined);
	if (!result) return;
	const limit = result.rows[0]!.max_connections - result.rows[0]!.reserved - 2;
	if (env().ATLAS_DB_POOL_MAX >= limit) {
		throw new Error(`ATLAS_DB_POOL_MAX=${env().ATLAS_DB_POOL_MAX} is not below the server's ${limit} available connections; lower it.`);
	}
}
