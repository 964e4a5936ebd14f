import { z } from 'zod';
import { db } from '../db/pool';
import { listDeviceKeys } from '../telemetry/keys';
import { listAccounts } from './accounts';
import { AUDIT_ACTIONS, listAudit } from './audit';

export const AUDIT_PAGE_SIZE = 100;

export async function adminOverview() {
	const { rows } = await db().query<{ users: number; keys: number; events: number; sessions: number }>(
		`SELECT (SELECT count(*)::integer FROM app_user WHERE disabled_at IS NULL) AS users,
		        (SELECT count(*)::integer FROM device_key WHERE revoked_at IS NULL) AS keys,
		        (SELECT count(*)::integer FROM audit_event WHERE at > now() - interval '1 day') AS events,
		        (SELECT count(*)::integer FROM user_session WHERE expires_at > now()) AS sessions`
	);
	return rows[0]!;
}

export const usersPage = async () => ({ accounts: await listAccounts(db()) });

export async function keysPage() {
	const { rows } = await db().query<{ id: number; label: string }>(
		`SELECT d.id, s.name || ' · ' || d.observed_property AS label
		 FROM datastream AS d JOIN sensor AS s ON s.id = d.sensor_id ORDER BY d.id`
	);
	return { keys: await listDeviceKeys(db()), datastreams: rows };
}

/** A date or date and time on the Prague clock, as a datetime-local field sends it; the times listed are Prague time too. */
const optionalPragueTime = z
	.string()
	.optional()
	.transform((value) => value || undefined)
	.refine(
		(value) => value === undefined || (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(`${value}Z`))),
		'must be a date or date and time such as 2026-11-22T08:00 (Prague time)'
	);

const auditQuery = z.object({
	action: z.enum(['', ...AUDIT_ACTIONS, 'login', 'user', 'key', 'logout']).default(''),
	actor: z.string().max(200).default(''),
	target: z.string().max(200).default(''),
	text: z.string().max(200).default(''),
	from: optionalPragueTime,
	to: optionalPragueTime,
	before: z.coerce.number().int().positive().optional()
});

/** The audit page's filters come from the URL so a filtered view can be bookmarked and shared. */
export async function auditPage(url: URL) {
	const parsed = auditQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { events: [], filter: {}, error: `The filter ${issue.path.join('.')} ${issue.message}.`, actions: AUDIT_ACTIONS, more: false };
	}
	const filter = parsed.data;
	const events = await listAudit(db(), { ...filter, limit: AUDIT_PAGE_SIZE + 1 });
	return {
		events: events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({ ...event, at: event.at.toISOString() })),
		more: events.length > AUDIT_PAGE_SIZE,
		filter: { ...filter, from: filter.from ?? '', to: filter.to ?? '' },
		actions: AUDIT_ACTIONS,
		error: undefined
	};
}
