import packageJson from '../../../package.json';
import { db } from './db/pool';

const TIMEOUT_MS = 2_000;

export interface Health {
	status: 'ok' | 'unavailable';
	version: string;
	database: { reachable: true; postgres: string; postgis: string } | { reachable: false; error: string };
}

/** Asks the database for its versions; a server that does not answer in 2 s counts as down. */
export async function checkHealth(): Promise<Health> {
	try {
		const query = db().query<{ postgres: string; postgis: string }>(
			"SELECT current_setting('server_version') AS postgres, postgis_lib_version() AS postgis"
		);
		const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref());
		const { rows } = await Promise.race([query, timeout]);
		return { status: 'ok', version: packageJson.version, database: { reachable: true, ...rows[0]! } };
	} catch (error) {
		console.warn(`health: database unreachable: ${(error as Error).message}`);
		return { status: 'unavailable', version: packageJson.version, database: { reachable: false, error: 'The database does not answer; the app reconnects by itself when it is back.' } };
	}
}

export async function healthResponse(): Promise<Response> {
	const health = await checkHealth();
	return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
