import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../auth/accounts';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';

/** A device key is `ra_<prefix>_<secret>`; the prefix finds the row, only a SHA-256 of the secret is stored. */
const KEY_FORMAT = /^ra_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

const digest = (secret: string) => createHash('sha256').update(secret).digest();

/** The key a device presents: `Authorization: Bearer ra_…`, or `X-API-Key` for integrations that cannot set it. */
export function keyOf(request: Request): string | null {
	const authorization = request.headers.get('authorization');
	if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim();
	return request.headers.get('x-api-key');
}

export interface DeviceKey {
	id: number;
	name: string;
	prefix: string;
	allDatastreams: boolean;
	datastreams: number[];
	createdAt: Date;
	createdBy: string | null;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
	revokedBy: string | null;
}

export type KeyScopeRequest = { all: true } | { datastreams: number[] };

/**
 * Creates a key, scoped to all or some datastreams, records who made it and returns it in full, the only time it
 * is ever shown. Unknown datastream ids create nothing.
 */
export async function createDeviceKey(db: Queryable, name: string, scope: KeyScopeRequest, actor: Actor): Promise<{ id: number; key: string }> {
	const prefix = randomBytes(8).toString('hex').slice(0, 10);
	const secret = randomBytes(32).toString('base64url');
	const datastreams = 'all' in scope ? null : [...new Set(scope.datastreams)];
	const { rows } = await db.query<{ id: number | null; missing: number[] }>(sqlFile('sql/queries/device_key_create.sql'), [
		name,
		prefix,
		digest(secret),
		datastreams,
		actor.name,
		actor.ip ?? null
	]);
	const { id, missing } = rows[0]!;
	if (id === null) throw new KeyError(`These datastreams do not exist: ${missing.join(', ')}. See GET /api/datastreams for the ids.`);
	return { id, key: `ra_${prefix}_${secret}` };
}

export class KeyError extends Error {}

export interface KeyScope {
	keyId: number;
	/** undefined: every datastream. */
	datastreams?: Set<number>;
}

/** The scope of a valid, unrevoked key, or undefined. Also records when the key was last used. */
export async function verifyDeviceKey(db: Queryable, key: string | null): Promise<KeyScope | undefined> {
	const match = key?.match(KEY_FORMAT);
	if (!match) return undefined;
	const { rows } = await db.query<{ id: number; secret_sha256: Buffer; all_datastreams: boolean; datastreams: number[] | null }>(
		`UPDATE device_key AS k SET last_used_at = now()
		 WHERE k.prefix = $1 AND k.revoked_at IS NULL
		 RETURNING k.id, k.secret_sha256, k.all_datastreams,
		   (SELECT array_agg(s.datastream_id) FROM device_key_datastream AS s WHERE s.key_id = k.id) AS datastreams`,
		[match[1]]
	);
	const row = rows[0];
	if (!row || !timingSafeEqual(row.secret_sha256, digest(match[2]!))) return undefined;
	return { keyId: row.id, datastreams: row.all_datastreams ? undefined : new Set(row.datastreams ?? []) };
}

/** Revokes at once: the next request with the key is refused. False when there is no such active key. */
export async function revokeDeviceKey(db: Queryable, prefixOrId: string, actor: Actor): Promise<boolean> {
	const { rowCount } = await db.query(sqlFile('sql/queries/device_key_revoke.sql'), [prefixOrId, actor.name, actor.ip ?? null]);
	return rowCount === 1;
}

export async function listDeviceKeys(db: Queryable): Promise<DeviceKey[]> {
	const { rows } = await db.query<DeviceKey>(
		`SELECT k.id, k.name, k.prefix, k.all_datastreams AS "allDatastreams",
		        coalesce(array_agg(s.datastream_id ORDER BY s.datastream_id) FILTER (WHERE s.datastream_id IS NOT NULL), '{}') AS datastreams,
		        k.created_at AS "createdAt", k.created_by AS "createdBy", k.last_used_at AS "lastUsedAt",
		        k.revoked_at AS "revokedAt", k.revoked_by AS "revokedBy"
		 FROM device_key AS k LEFT JOIN device_key_datastream AS s ON s.key_id = k.id
		 GROUP BY k.id ORDER BY k.revoked_at IS NOT NULL, k.id DESC`
	);
	return rows;
}
