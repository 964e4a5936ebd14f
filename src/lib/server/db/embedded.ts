import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The non-root system user that owns the cluster when we run as root: `initdb` refuses root. */
const CLUSTER_OWNER = 'postgres';
const SUPERUSER = 'postgres';

export interface ServerBinaries {
	bindir: string;
	major: number;
}

export interface EmbeddedCluster {
	url: string;
	/** True when this process started the server, and so is the one to stop it. */
	startedHere: boolean;
	stop(): Promise<void>;
}

export interface ClusterOptions {
	dataDir: string;
	port: number;
	database: string;
	log?: (line: string) => void;
}

const isRoot = () => process.getuid?.() === 0;

async function output(file: string, args: string[]): Promise<string | undefined> {
	try {
		return (await run(file, args)).stdout.trim();
	} catch {
		return undefined;
	}
}

/** `pg_config --bindir` first (what the PATH says), else the newest `/usr/lib/postgresql/<major>/bin`. */
export async function findServerBinaries(): Promise<ServerBinaries> {
	const candidates: string[] = [];
	const fromPgConfig = await output('pg_config', ['--bindir']);
	if (fromPgConfig) candidates.push(fromPgConfig);
	const debianRoot = '/usr/lib/postgresql';
	if (existsSync(debianRoot)) {
		const majors = (await readdir(debianRoot)).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
		candidates.push(...majors.map((major) => join(debianRoot, major, 'bin')));
	}
	for (const bindir of candidates) {
		if (!existsSync(join(bindir, 'initdb')) || !existsSync(join(bindir, 'pg_ctl'))) continue;
		const version = await output(join(bindir, 'pg_ctl'), ['--version']);
		const major = Number(version?.match(/(\d+)(?:\.\d+)?/)?.[1]);
		if (major >= 14) return { bindir, major };
	}
	throw new Error(
		'No PostgreSQL server binaries (initdb, pg_ctl) of version 14 or newer were found via `pg_config --bindir` ' +
			'or in /usr/lib/postgresql/*/bin.\nInstall them with: sudo apt-get install -y postgresql-15 postgresql-15-postgis-3\n' +
			'or set DATABASE_URL to an existing PostgreSQL server with PostGIS 3.'
	);
}

function postgisPackage(major: number) {
	return `postgresql-${major}-postgis-3`;
}

async function postgisInstalled(binaries: ServerBinaries): Promise<boolean> {
	const sharedirs = [`/usr/share/postgresql/${binaries.major}`];
	const fromPgConfig = await output(join(binaries.bindir, 'pg_config'), ['--sharedir']);
	if (fromPgConfig) sharedirs.unshift(fromPgConfig);
	return sharedirs.some((dir) => existsSync(join(dir, 'extension', 'postgis.control')));
}

/** Installs PostGIS for the found server with apt-get when we are root; otherwise says exactly what to run. */
export async function ensurePostgis(binaries: ServerBinaries, log: (line: string) => void): Promise<void> {
	if (await postgisInstalled(binaries)) return;
	const pkg = postgisPackage(binaries.major);
	if (!isRoot()) {
		throw new Error(`PostGIS is not installed for PostgreSQL ${binaries.major}. Run:\n  sudo apt-get update && sudo apt-get install -y ${pkg}\nthen start again.`);
	}
	log(`Installing ${pkg} with apt-get (PostGIS is missing)…`);
	await run('apt-get', ['update', '-q'], { maxBuffer: 64 * 1024 * 1024 });
	await run('apt-get', ['install', '-y', '-q', pkg], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		maxBuffer: 64 * 1024 * 1024
	});
	if (!(await postgisInstalled(binaries))) throw new Error(`apt-get installed ${pkg}, but postgis.control is still missing.`);
}

/** Runs a server binary as the cluster owner: ourselves, or `postgres` when we are root. */
async function asOwner(binary: string, args: string[], cwd: string) {
	const [file, fullArgs] = isRoot() ? ['runuser', ['-u', CLUSTER_OWNER, '--', binary, ...args]] : [binary, args];
	return run(file, fullArgs, { cwd, maxBuffer: 16 * 1024 * 1024 });
}

async function giveToOwner(path: string) {
	if (!isRoot()) return;
	const ids = await output('id', ['-u', CLUSTER_OWNER]);
	const gid = await output('id', ['-g', CLUSTER_OWNER]);
	if (!ids || !gid) {
		throw new Error(
			`Running as root, but there is no '${CLUSTER_OWNER}' system user to own the database cluster (initdb refuses root).\n` +
				`Create it with: useradd --system --home-dir /var/lib/postgresql --shell /bin/bash ${CLUSTER_OWNER}`
		);
	}
	await chown(path, Number(ids), Number(gid));
}

type Status = 'running' | 'stopped' | 'absent';

async function clusterStatus(bindir: string, pgdata: string, cwd: string): Promise<Status> {
	if (!existsSync(join(pgdata, 'PG_VERSION'))) return 'absent';
	try {
		await asOwner(join(bindir, 'pg_ctl'), ['status', '-D', pgdata], cwd);
		return 'running';
	} catch {
		return 'stopped';
	}
}

async function logTail(logFile: string, lines = 15): Promise<string> {
	if (!existsSync(logFile)) return '';
	const text = await readFile(logFile, 'utf8');
	return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Starts (or reuses) a project-local cluster under `dataDir`, listening on 127.0.0.1 only, and makes sure the
 * database exists with PostGIS. The superuser password is generated once and kept in `dataDir`, which is git-ignored.
 */
export async function startEmbeddedCluster(options: ClusterOptions): Promise<EmbeddedCluster> {
	const log = options.log ?? (() => {});
	const binaries = await findServerBinaries();
	await ensurePostgis(binaries, log);

	const dataDir = resolve(options.dataDir);
	const pgdata = join(dataDir, 'pg');
	const socketDir = join(dataDir, 'run');
	const logDir = join(dataDir, 'log');
	const logFile = join(logDir, 'postgres.log');
	const passwordFile = join(dataDir, 'pg-password');
	await mkdir(dataDir, { recursive: true, mode: 0o755 });
	for (const dir of [pgdata, socketDir, logDir]) {
		await mkdir(dir, { recursive: true, mode: 0o700 });
		await giveToOwner(dir);
	}

	let status = await clusterStatus(binaries.bindir, pgdata, dataDir);
	if (status === 'absent') {
		log(`Creating a PostgreSQL ${binaries.major} cluster in ${pgdata} (first start only)…`);
		const password = randomBytes(24).toString('base64url');
		const initPasswordFile = join(socketDir, 'initdb-password');
		await writeFile(initPasswordFile, password, { mode: 0o600 });
		await giveToOwner(initPasswordFile);
		try {
			await asOwner(
				join(binaries.bindir, 'initdb'),
				['-D', pgdata, '-U', SUPERUSER, `--pwfile=${initPasswordFile}`, '--auth-host=scram-sha-256', '--auth-local=peer', '--encoding=UTF8', '--locale=C.UTF-8'],
				dataDir
			);
		} finally {
			await rm(initPasswordFile, { force: true });
		}
		await writeFile(passwordFile, password, { mode: 0o600 });
		status = 'stopped';
	}

	let startedHere = false;
	if (status === 'stopped') {
		// pg_ctl has just said no server runs from this directory, so a leftover pid file is stale (a crash or kill -9).
		await rm(join(pgdata, 'postmaster.pid'), { force: true });
		log(`Starting PostgreSQL on 127.0.0.1:${options.port}…`);
		const settings = [
			`-c port=${options.port}`,
			'-c listen_addresses=127.0.0.1',
			`-c unix_socket_directories=${socketDir}`,
			'-c max_connections=100',
			'-c shared_buffers=256MB'
		].join(' ');
		try {
			await asOwner(join(binaries.bindir, 'pg_ctl'), ['start', '-D', pgdata, '-w', '-t', '60', '-l', logFile, '-o', settings], dataDir);
		} catch (error) {
			const stderr = (error as { stderr?: string }).stderr?.trim();
			throw new Error(
				`PostgreSQL did not start on port ${options.port}. Is another server using that port? Set ATLAS_PG_PORT to a free one.\n` +
					`${stderr ? `pg_ctl said: ${stderr}\n` : ''}Last lines of ${logFile}:\n${await logTail(logFile)}`,
				{ cause: error }
			);
		}
		startedHere = true;
	} else {
		log(`Reusing the PostgreSQL cluster already running from ${pgdata}.`);
	}

	const password = (await readFile(passwordFile, 'utf8')).trim();
	const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${await runningPort(pgdata, options.port)}`;
	await ensureDatabase(`${base}/postgres`, options.database);

	return {
		url: `${base}/${options.database}`,
		startedHere,
		async stop() {
			if (!startedHere) return;
			log('Stopping PostgreSQL…');
			await asOwner(join(binaries.bindir, 'pg_ctl'), ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], dataDir);
		}
	};
}

/** A reused server may run on the port of an earlier start; postmaster.pid (line 4) says which. */
async function runningPort(pgdata: string, fallback: number): Promise<number> {
	try {
		const port = Number((await readFile(join(pgdata, 'postmaster.pid'), 'utf8')).split('\n')[3]);
		return Number.isInteger(port) && port > 0 ? port : fallback;
	} catch {
		return fallback;
	}
}

async function ensureDatabase(maintenanceUrl: string, database: string) {
	if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`'${database}' is not a plain lower-case database name.`);
	const { default: pg } = await import('pg');
	const client = new pg.Client({ connectionString: maintenanceUrl });
	await client.connect();
	try {
		const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
		// CREATE DATABASE takes no bind parameters; the name was checked to be a plain identifier above.
		if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
	} finally {
		await client.end();
	}
}

/**
 * Stops the cluster in `dataDir`, whoever started it (tests use this to take the database away from the app);
 * `immediate` is a crash without a checkpoint, which recovery must survive.
 */
export async function stopEmbeddedCluster(dataDir: string, mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
	const { bindir } = await findServerBinaries();
	const root = resolve(dataDir);
	await asOwner(join(bindir, 'pg_ctl'), ['stop', '-D', join(root, 'pg'), '-m', mode, '-w', '-t', '60'], root);
}
