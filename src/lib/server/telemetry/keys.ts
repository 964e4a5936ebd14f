import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/pool';

/** A device key is `ra_<prefix>_<secret>`; the prefix finds the row, only a SHA-256 of the secret is stored. */
const KEY_FORMAT = /^ra_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

const digest = (secret: string) => createHash('sha256').update(secret).digest();

export interface DeviceKey {
	id: number;
	name: string;
	prefix: string;
	allDatastreams: boolean;
	datastreams: number[];
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

/** Creates a key and returns it in full, the only time it is ever shown. */
export async function createDeviceKey(db: Queryable, name: string, scope: { all: true } | { datastreams: number[] }): Promise<{ id: number; key: string }> {
	const prefix = randomBytes(8).toString('hex').slice(0, 10);
	const secret = randomBytes(32).toString('base64url');
	const all = 'all' in scope;
	const { rows } = await db.query<{ id: number }>(
		'INSERT INTO device_key (name, prefix, secret_sha256, all_datastreams) VALUES ($1, $2, $3, $4) RETURNING id',
		[name, prefix, digest(secret), all]
	);
	const id = rows[0]!.id;
	if (!all) {
		const { rowCount } = await db.query(
			'INSERT INTO device_key_datastream (key_id, datastream_id) SELECT $1, d.id FROM datastream AS d WHERE d.id = ANY($2::integer[])',
			[id, scope.datastreams]
		);
		if (rowCount !== new Set(scope.datastreams).size) throw new Error('Some of the given datastream ids do not exist.');
	}
	return { id, key: `ra_${prefix}_${secret}` };
}

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

export async function revokeDeviceKey(db: Queryable, prefixOrId: string): Promise<boolean> {
	const { rowCount } = await db.query(
		'UPDATE device_key SET revoked_at = now() WHERE (prefix = $1 OR id::text = $1) AND revoked_at IS NULL',
		[prefixOrId]
	);
	return rowCount === 1;
}

export async function listDeviceKeys(db: Queryable): Promise<DeviceKey[]> {
	const { rows } = await db.query<DeviceKey>(
		`SELECT k.id, k.name, k.prefix, k.all_datastreams AS "allDatastreams",
		        coalesce(array_agg(s.datastream_id ORDER BY s.datastream_id) FILTER (WHERE s.datastream_id IS NOT NULL), '{}') AS datastreams,
		        k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt"
		 FROM device_key AS k LEFT JOIN device_key_datastream AS s ON s.key_id = k.id
		 GROUP BY k.id ORDER BY k.id`
	);
	return rows;
}
