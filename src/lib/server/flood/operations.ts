import { z } from 'zod';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import type { Actor } from '../auth/accounts';
import { recentAlerts } from './alerts';
import type { GaugeStatus, IncidentNote } from '$lib/flood/types';
import { ALERT_CHANNEL } from './watch';

export const NOTE_CATEGORIES = ['situation', 'measure', 'report', 'other'] as const;

/** Acknowledges an alert once and tells every open operator screen through the stream. */
export async function acknowledgeAlert(db: Queryable, id: number, note: string, actor: Actor): Promise<'acknowledged' | 'already' | 'missing'> {
	const { rowCount } = await db.query(sqlFile('sql/queries/flood_acknowledge.sql'), [id, note.trim(), actor.name, actor.ip ?? null]);
	if (rowCount === 1) {
		await db.query('SELECT pg_notify($1, $2)', [ALERT_CHANNEL, String(id)]);
		return 'acknowledged';
	}
	const { rows } = await db.query('SELECT 1 FROM flood_alert WHERE id = $1', [id]);
	return rows.length > 0 ? 'already' : 'missing';
}

export const noteInput = z.object({
	category: z.enum(NOTE_CATEGORIES),
	text: z.string().trim().min(1, 'Write what happened.').max(4000, 'A note has at most 4,000 characters.'),
	sensor: z.coerce.number().int().positive().max(2_147_483_647).optional()
});

export async function addNote(db: Queryable, note: z.infer<typeof noteInput>, author: string): Promise<void> {
	await db.query('INSERT INTO incident_note (author, category, text, sensor_id) VALUES ($1, $2, $3, $4)', [author, note.category, note.text, note.sensor ?? null]);
}


export async function recentNotes(db: Queryable, limit = 100): Promise<IncidentNote[]> {
	const { rows } = await db.query<IncidentNote>(
		`SELECT n.id, n.at, n.author, n.category, n.text, n.sensor_id AS sensor, s.name AS "sensorName"
		 FROM incident_note AS n LEFT JOIN sensor AS s ON s.id = n.sensor_id ORDER BY n.at DESC LIMIT $1`,
		[limit]
	);
	return rows;
}


export async function gaugeStatuses(db: Queryable): Promise<GaugeStatus[]> {
	return (await db.query<GaugeStatus>(sqlFile('sql/queries/flood_gauges.sql'))).rows;
}

/** Everything the operator view shows: gauges worst first, alerts of the last two days, the incident log. */
export async function operatorView(db: Queryable) {
	const [gauges, alerts, notes] = await Promise.all([gaugeStatuses(db), recentAlerts(db, new Date(Date.now() - 48 * 3_600_000)), recentNotes(db)]);
	return { gauges, alerts, notes };
}

export const ruleInput = z.object({
	basis: z.enum(['stage', 'discharge', '']).transform((value) => value || null),
	hysteresis_pct: z.coerce.number().min(0).max(50),
	rise_cm: z.coerce.number().positive().max(1000),
	rise_minutes: z.coerce.number().int().min(10).max(1440),
	rain_1h_mm: z.coerce.number().positive().max(500),
	rain_24h_mm: z.coerce.number().positive().max(2000),
	stale_factor: z.coerce.number().min(1).max(100),
	max_jump_cm: z.coerce.number().positive().max(2500),
	flat_minutes: z.coerce.number().int().min(30).max(10080)
});

/** Saves a gauge's rule; audited with the rule before and after. */
export async function updateRule(db: Queryable, sensor: number, rule: z.infer<typeof ruleInput>, actor: Actor): Promise<boolean> {
	const { rowCount } = await db.query(sqlFile('sql/queries/flood_rule_update.sql'), [
		sensor,
		rule.basis,
		rule.hysteresis_pct,
		rule.rise_cm,
		rule.rise_minutes,
		rule.rain_1h_mm,
		rule.rain_24h_mm,
		rule.stale_factor,
		rule.max_jump_cm,
		rule.flat_minutes,
		actor.name,
		actor.ip ?? null
	]);
	return rowCount === 1;
}

export async function publicFloodStatus(db: Queryable) {
	return (await db.query(sqlFile('sql/queries/flood_public_status.sql'))).rows;
}
