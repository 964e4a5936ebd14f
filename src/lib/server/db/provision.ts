import { env } from '../env';
import { startEmbeddedCluster } from './embedded';

export interface ProvisionedDatabase {
	url: string;
	/** Where the data lives, for messages: never the password. */
	description: string;
	stop(): Promise<void>;
}

/**
 * DATABASE_URL when set (nothing is started), else the project-local cluster under ATLAS_DATA_DIR.
 * `database` overrides ATLAS_DB_NAME so tests and benchmarks keep their own databases in the same cluster.
 */
export async function provisionDatabase(options: { database?: string; log?: (line: string) => void } = {}): Promise<ProvisionedDatabase> {
	const config = env();
	if (config.DATABASE_URL) {
		const url = new URL(config.DATABASE_URL);
		return { url: config.DATABASE_URL, description: `${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`, stop: async () => {} };
	}
	const database = options.database ?? config.ATLAS_DB_NAME;
	const cluster = await startEmbeddedCluster({ dataDir: config.ATLAS_DATA_DIR, port: config.ATLAS_PG_PORT, database, log: options.log });
	return {
		url: cluster.url,
		description: `embedded cluster in ${config.ATLAS_DATA_DIR}/pg, database ${database}`,
		stop: () => cluster.stop()
	};
}
