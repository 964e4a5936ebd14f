import type { AlertRow } from '$lib/flood/types';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';


const toRow = (row: AlertRow & { id: string }): AlertRow => ({ ...row, id: Number(row.id) });

/** Open alerts and those that started or ended since `since`. */
export async function recentAlerts(db: Queryable, since: Date): Promise<AlertRow[]> {
	return (await db.query<AlertRow & { id: string }>(sqlFile('sql/queries/flood_alerts.sql'), [since, null])).rows.map(toRow);
}

export async function alertsByIds(db: Queryable, ids: number[]): Promise<AlertRow[]> {
	if (ids.length === 0) return [];
	return (await db.query<AlertRow & { id: string }>(sqlFile('sql/queries/flood_alerts.sql'), [null, ids])).rows.map(toRow);
}
