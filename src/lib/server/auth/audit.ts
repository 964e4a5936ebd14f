import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';

/** Everything the audit trail records. Changes to accounts are recorded by the same statement that makes them. */
export const AUDIT_ACTIONS = [
	'login',
	'login.failed',
	'login.throttled',
	'logout',
	'logout.everywhere',
	'user.create',
	'user.roles',
	'user.password',
	'user.disable',
	'user.enable',
	'key.create',
	'key.revoke',
	'alert.acknowledge',
	'rule.update',
	'subscription.create',
	'subscription.delete',
	'data.import',
	'data.export'
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	/** Username, `device:<prefix>`, `cli` or `system`. */
	actor: string;
	action: AuditAction;
	target?: string | null;
	ip?: string | null;
	details?: Record<string, unknown>;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
	await db.query('INSERT INTO audit_event (actor, action, target, ip, details) VALUES ($1, $2, $3, $4::inet, $5)', [
		entry.actor,
		entry.action,
		entry.target ?? null,
		entry.ip ?? null,
		entry.details ?? {}
	]);
}

export interface AuditFilter {
	/** `login` also matches `login.failed` and `login.throttled`. */
	action?: string;
	actor?: string;
	target?: string;
	/** Wall-clock time in Prague, `2026-11-22` or `2026-11-22T08:00`. */
	from?: string;
	to?: string;
	text?: string;
	before?: number;
	limit: number;
}

export interface AuditEvent {
	id: string;
	at: Date;
	actor: string;
	action: string;
	target: string | null;
	ip: string | null;
	details: Record<string, unknown>;
}

export async function listAudit(db: Queryable, filter: AuditFilter): Promise<AuditEvent[]> {
	const { rows } = await db.query<AuditEvent>(sqlFile('sql/queries/audit_events.sql'), [
		filter.action || null,
		filter.actor || null,
		filter.target || null,
		filter.from ?? null,
		filter.to ?? null,
		filter.text || null,
		filter.before ?? null,
		filter.limit
	]);
	return rows;
}
