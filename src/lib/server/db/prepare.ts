import { loadData, type LoadOptions, type LoadResult } from '../data/load';
import { migrate } from './migrate';
import { provisionDatabase, type ProvisionedDatabase } from './provision';

export interface PreparedDatabase extends ProvisionedDatabase {
	load: LoadResult;
}

/** Everything a process needs before it can serve or test: a server, the schema, the data. */
export async function prepareDatabase(options: { database?: string; log?: (line: string) => void } & LoadOptions = {}): Promise<PreparedDatabase> {
	const log = options.log ?? (() => {});
	const database = await provisionDatabase(options);
	try {
		log(`Database: ${database.description}`);
		await migrate(database.url, log);
		const load = await loadData(database.url, options);
		return { ...database, load };
	} catch (error) {
		await database.stop();
		throw error;
	}
}
