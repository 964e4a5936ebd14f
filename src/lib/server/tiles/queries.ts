import { createHash } from 'node:crypto';
import type { Queryable } from '../db/pool';
import type { LayerMeta } from '$lib/layers';
import { sqlFile } from '../db/sql-file';

export interface TileStatement {
	/** Prepared-statement name: the same layer set reuses one plan per connection. */
	name: string;
	text: string;
}

const statements = new Map<string, TileStatement>();

/**
 * ONE statement for any set of layers: each layer's query becomes a scalar subquery and the MVT layers are
 * concatenated, which is a valid multi-layer tile. Only the trusted files in tiles/ end up in the text; the
 * request contributes bound parameters, never SQL.
 */
export function tileStatement(layers: readonly LayerMeta[]): TileStatement {
	const key = layers.map((layer) => layer.id).join(',');
	let statement = statements.get(key);
	if (!statement) {
		// Each tiles/<id>.sql: `$1 z, $2 x, $3 y, $4 include_restricted`, one row with one bytea column.
		const parts = layers.map((layer) => `coalesce((\n${sqlFile(`tiles/${layer.id}.sql`)}\n), ''::bytea)`);
		statement = {
			name: `tile_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`,
			text: `SELECT ${parts.join('\n|| ')} AS mvt`
		};
		statements.set(key, statement);
	}
	return statement;
}

/** Runs the tile statement: the service and the benchmark's SQL floor call exactly this. */
export async function queryTile(db: Queryable, layers: readonly LayerMeta[], z: number, x: number, y: number, includeRestricted: boolean): Promise<Buffer> {
	const { rows } = await db.query<{ mvt: Buffer }>({ ...tileStatement(layers), values: [z, x, y, includeRestricted] });
	return rows[0]!.mvt;
}
