/**
 * npm start: provisions the database (embedded cluster unless DATABASE_URL), migrates, loads the data, then runs the
 * built app (or `vite dev` with --dev) and stops the cluster it started when the app exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDemoAccounts } from '../lib/server/auth/demo';
import { prepareDatabase } from '../lib/server/db/prepare';
import { env } from '../lib/server/env';
import { fail, log } from './log';

try {
	const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
	if (!values.dev && !existsSync('build/index.js')) throw new Error('There is no build yet. Run `npm run build` first (`npm start` does both).');
	const { PORT, HOST, ORIGIN } = env();
	const database = await prepareDatabase({ log });
	await announceDemoAccounts(database.url);

	const address = `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}`;
	// Without ORIGIN the built server takes every request for https, so a sign-in posted over plain http to this
	// machine would fail SvelteKit's cross-site check. Behind a proxy, set ORIGIN to the public address.
	const origin = ORIGIN ?? (values.dev ? undefined : address);
	const [command, args] = values.dev ? ['node_modules/.bin/vite', ['dev', '--port', String(PORT)]] : [process.execPath, ['build/index.js']];
	const app = spawn(command, args, { env: { ...process.env, DATABASE_URL: database.url, ...(origin ? { ORIGIN: origin } : {}) }, stdio: 'inherit' });
	log(`Region Atlas starting on ${address} (Ctrl+C stops it)${ORIGIN ? '' : '; sign-in works at that address (set ORIGIN for another)'}`);

	let stopping = false;
	const stop = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		log(`${signal}: stopping the app…`);
		app.kill(signal);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	app.on('exit', async (code, signal) => {
		if (!stopping) log(`The app exited (${signal ?? `code ${code}`}).`);
		await database.stop().catch((error: Error) => log(`Could not stop PostgreSQL cleanly: ${error.message}`));
		process.exit(code ?? 0);
	});
} catch (error) {
	fail(error);
}

/** The first start creates one demo account per role; their passwords appear here once and are stored nowhere. */
async function announceDemoAccounts(url: string): Promise<void> {
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	try {
		const accounts = await createDemoAccounts(pool);
		if (accounts.length === 0) return;
		log('Created demo accounts. Note the passwords now: they are not shown again (reset with npm run users -- reset-password <name>).');
		for (const { username, password, roles } of accounts) log(`  ${username.padEnd(14)} ${password}  (${roles.join(', ')})`);
	} finally {
		await pool.end();
	}
}
