/**
 * npm run seed -- [--force] [--bench] [--database <name>]
 * Applies migrations and loads the data set into the configured database (embedded cluster unless DATABASE_URL).
 * --bench loads the benchmark size (≈20,000 brownfields, 20,000 sensors, 3,000 corridors) instead of the demo size.
 */
import { parseArgs } from 'node:util';
import { BENCH_SIZE, DEMO_SIZE } from '../lib/server/data/synthetic';
import { prepareDatabase } from '../lib/server/db/prepare';
import { fail, log } from './log';

try {
	const { values } = parseArgs({
		options: { force: { type: 'boolean', default: false }, bench: { type: 'boolean', default: false }, database: { type: 'string' } }
	});
	const prepared = await prepareDatabase({ database: values.database, size: values.bench ? BENCH_SIZE : DEMO_SIZE, force: values.force, log });
	log(prepared.load.loaded ? `Loaded: ${JSON.stringify(prepared.load.rowCounts)}` : 'Nothing to load.');
	await prepared.stop();
} catch (error) {
	fail(error);
}
