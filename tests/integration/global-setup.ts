import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/lib/server/db/prepare';

/** One migrated, loaded test database for the whole run (its own database in the embedded cluster). */
export default async function setup(project: TestProject) {
	const database = await prepareDatabase({ database: 'region_atlas_test', log: (line) => console.log(`[db] ${line}`) });
	project.provide('databaseUrl', database.url);
	return async () => {
		await database.stop();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		databaseUrl: string;
	}
}
