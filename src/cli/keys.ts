/**
 * npm run keys -- create <name> (--all | --datastreams 1,2,3)   prints the key once
 * npm run keys -- list
 * npm run keys -- revoke <prefix or id>
 * Device API keys for ingest, in the configured database (embedded cluster unless DATABASE_URL). Every change is
 * recorded in the audit trail as done by `cli:<system user>`.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createDeviceKey, listDeviceKeys, revokeDeviceKey } from '../lib/server/telemetry/keys';
import { withDatabase } from './db-session';
import { fail, log } from './log';

const USAGE = 'Usage: npm run keys -- create <name> (--all | --datastreams 1,2,3) | list | revoke <prefix or id>';

try {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false }, datastreams: { type: 'string' } } });
	const [command, argument] = positionals;
	if (!command || !['create', 'list', 'revoke'].includes(command)) throw new Error(USAGE);
	const actor = { name: `cli:${userInfo().username}` };
	await withDatabase(async (pool) => {
		if (command === 'create') {
			if (!argument) throw new Error(`create needs a name. ${USAGE}`);
			const datastreams = values.datastreams?.split(',').map(Number) ?? [];
			if (!values.all && (datastreams.length === 0 || datastreams.some((id) => !Number.isInteger(id) || id <= 0))) {
				throw new Error(`create needs --all or --datastreams with positive integer ids. ${USAGE}`);
			}
			const { id, key } = await createDeviceKey(pool, argument, values.all ? { all: true } : { datastreams }, actor);
			log(`Created key ${id} for ${argument}. It is shown only now; store it on the device:`);
			console.log(key);
		} else if (command === 'list') {
			console.table(await listDeviceKeys(pool));
		} else {
			if (!argument) throw new Error(`revoke needs a key prefix or id. ${USAGE}`);
			log((await revokeDeviceKey(pool, argument, actor)) ? `Revoked ${argument}.` : `No active key ${argument}.`);
		}
	});
} catch (error) {
	fail(error);
}
