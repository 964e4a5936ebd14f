/**
 * Installs what npm cannot: the PostgreSQL server with PostGIS (unless DATABASE_URL points elsewhere), Debian's
 * Chromium for the browser tests, the Mosquitto broker for the MQTT ingest tests and GDAL's ogrinfo, which reads our
 * OGC API in the tests as a third-party client would. As root it uses apt-get;
 * otherwise it prints the exact command and stops.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { ensurePostgis, findServerBinaries } from '../lib/server/db/embedded';
import { env } from '../lib/server/env';
import { fail, log } from './log';

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';
const MOSQUITTO = '/usr/sbin/mosquitto';
const OGRINFO = '/usr/bin/ogrinfo';
const isRoot = process.getuid?.() === 0;

async function aptInstall(packages: string[]) {
	if (!isRoot) throw new Error(`Missing system packages. Run:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\nthen run the command again.`);
	log(`apt-get install ${packages.join(' ')}…`);
	const options = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 64 * 1024 * 1024 };
	await run('apt-get', ['update', '-q'], options);
	await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], options);
}

try {
	if (!env().DATABASE_URL) {
		const binaries = await findServerBinaries().catch(async () => {
			await aptInstall(['postgresql-15', 'postgresql-15-postgis-3']);
			return findServerBinaries();
		});
		await ensurePostgis(binaries, log);
		log(`PostgreSQL ${binaries.major} with PostGIS: ready (${binaries.bindir}).`);
	}
	if (!existsSync(CHROMIUM)) await aptInstall(['chromium']);
	log(`Chromium for browser tests: ready (${CHROMIUM}).`);
	if (!existsSync(MOSQUITTO)) await aptInstall(['mosquitto']);
	log(`Mosquitto MQTT broker for the ingest tests: ready (${MOSQUITTO}).`);
	if (!existsSync(OGRINFO)) await aptInstall(['gdal-bin']);
	log(`GDAL ogrinfo for the OGC API tests: ready (${OGRINFO}).`);
} catch (error) {
	fail(error);
}
