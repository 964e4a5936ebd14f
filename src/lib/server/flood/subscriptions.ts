import { fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { db } from '../db/pool';
import { recordAudit } from '../auth/audit';

const subscription = z
	.object({
		channel: z.enum(['email', 'webhook']),
		target: z.string().trim().min(3).max(500),
		min_severity: z.coerce.number().int().min(1).max(4),
		cooldown_minutes: z.coerce.number().int().min(0).max(1440),
		sensors: z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(200)
	})
	.refine((value) => (value.channel === 'email' ? z.email().safeParse(value.target).success : /^https?:\/\/\S+$/.test(value.target)), {
		message: 'The target must be an e-mail address for e-mail, an http(s) URL for a webhook.',
		path: ['target']
	});

/** The signed-in operator's subscriptions and what was sent to them lately. */
export async function subscriptionsPage(userId: number) {
	const [subscriptions, log, gauges] = await Promise.all([
		db().query(
			`SELECT n.id, n.channel, n.target, n.min_severity AS "minSeverity", n.cooldown_minutes AS "cooldownMinutes",
			        coalesce((SELECT array_agg(s.name ORDER BY s.name) FROM sensor AS s WHERE s.id = ANY (n.sensors)), '{}') AS gauges,
			        n.sensors IS NULL AS "allGauges"
			 FROM notification_subscription AS n WHERE n.user_id = $1 ORDER BY n.id`,
			[userId]
		),
		db().query(
			`SELECT l.id, l.at, l.event, l.channel, l.target, l.status, l.error, s.name AS gauge, a.kind
			 FROM notification_log AS l
			 JOIN notification_subscription AS n ON n.id = l.subscription_id
			 JOIN flood_alert AS a ON a.id = l.alert_id
			 JOIN sensor AS s ON s.id = a.sensor_id
			 WHERE n.user_id = $1 ORDER BY l.at DESC LIMIT 50`,
			[userId]
		),
		db().query(`SELECT id, name FROM sensor WHERE layer IN ('flood_gauges', 'rain_gauges') ORDER BY name`)
	]);
	return { subscriptions: subscriptions.rows, log: log.rows, gauges: gauges.rows as { id: number; name: string }[] };
}

export const subscriptionActions = {
	add: async (event: RequestEvent) => {
		const form = await event.request.formData();
		const parsed = subscription.safeParse({ ...Object.fromEntries(form), sensors: form.getAll('sensors') });
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0]!.message });
		const { channel, target, min_severity, cooldown_minutes, sensors } = parsed.data;
		const user = event.locals.user!;
		await db().query(
			'INSERT INTO notification_subscription (user_id, channel, target, min_severity, cooldown_minutes, sensors) VALUES ($1, $2, $3, $4, $5, $6)',
			[user.id, channel, target, min_severity, cooldown_minutes, sensors.length > 0 ? sensors : null]
		);
		await recordAudit(db(), { actor: user.username, action: 'subscription.create', target: `${channel}:${target}`, ip: event.locals.clientAddress, details: { min_severity, sensors } });
		return { saved: true };
	},
	remove: async (event: RequestEvent) => {
		const id = Number((await event.request.formData()).get('id'));
		const user = event.locals.user!;
		const { rows } = await db().query<{ target: string }>('DELETE FROM notification_subscription WHERE id = $1 AND user_id = $2 RETURNING channel || \':\' || target AS target', [id, user.id]);
		if (rows.length === 0) return fail(404, { error: 'There is no such subscription of yours.' });
		await recordAudit(db(), { actor: user.username, action: 'subscription.delete', target: rows[0]!.target, ip: event.locals.clientAddress });
		return { saved: true };
	}
};
