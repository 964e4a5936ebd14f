import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../env';

export const migrationsDir = join(projectRoot, 'sql', 'migrations');

export interface Migration {
	name: string;
	sql: string;
	checksum: string;
}

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
	const names = (await readdir(dir)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
	return Promise.all(
		names.map(async (name) => {
			const sql = await readFile(join(dir, name), 'utf8');
			return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
		})
	);
}

/** Arbitrary, fixed: serialises concurrent start-ups (app + tests) so one migrates while the other waits. */
const MIGRATION_LOCK = 7_042_051;

/**
 * Applies each migration of `sql/migrations` once, in name order, each in its own transaction, and records it.
 * A migration edited after it was applied is an error: history is append-only, so the fix is a new file.
 */
export async function migrate(connectionString: string, log: (line: string) => void = () => {}): Promise<string[]> {
	const migrations = await readMigrations();
	const client = new pg.Client({ connectionString, application_name: 'region-atlas migrate' });
	await client.connect();
	const applied: string[] = [];
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
			name text PRIMARY KEY,
			checksum text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migration');
		const done = new Map(rows.map((row) => [row.name, row.checksum]));
		for (const migration of migrations) {
			const checksum = done.get(migration.name);
			if (checksum === migration.checksum) continue;
			if (checksum) {
				throw new Error(`Migration ${migration.name} was changed after it was applied. Restore it and put the change in a new migration.`);
			}
			log(`Applying migration ${migration.name}…`);
			await client.query('BEGIN');
			try {
				await client.query(migration.sql);
				await client.query('INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)', [migration.name, migration.checksum]);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK');
				throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
			}
			applied.push(migration.name);
		}
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
		await client.end();
	}
	return applied;
}
