import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AlertRow } from '$lib/flood/types';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { env } from '../env';
import { alertsByIds } from './alerts';

export interface AlertMessage {
	event: 'raised' | 'cleared';
	alert: AlertRow;
	subject: string;
	text: string;
}

/** A way to tell someone: the e-mail and webhook channels, or a test's own. */
export interface Channel {
	send(target: string, message: AlertMessage): Promise<void>;
}

const KIND_NAMES: Record<string, string> = {
	spa1: 'SPA 1 bdělost',
	spa2: 'SPA 2 pohotovost',
	spa3: 'SPA 3 ohrožení',
	extreme: 'extrémní povodeň',
	rise: 'rychlý vzestup hladiny',
	rain_1h: 'srážky za 1 h',
	rain_24h: 'srážky za 24 h',
	stale: 'data nechodí',
	fault: 'porucha čidla'
};

export function alertMessage(alert: AlertRow): AlertMessage {
	const event = alert.endedAt ? 'cleared' : 'raised';
	const when = (alert.endedAt ?? alert.startedAt).toLocaleString('cs-CZ', { timeZone: 'Europe/Prague' });
	const value = alert.endedAt ? alert.endValue : alert.startValue;
	const subject = `${event === 'raised' ? 'Výstraha' : 'Konec výstrahy'}: ${alert.name}, ${KIND_NAMES[alert.kind] ?? alert.kind}`;
	const lines = [
		subject,
		`Čas: ${when}`,
		value !== null ? `Hodnota: ${value} ${alert.unit ?? ''}`.trim() : undefined,
		alert.threshold !== null ? `Limit: ${alert.threshold} ${alert.unit ?? ''}`.trim() : undefined,
		alert.peakValue !== null && event === 'cleared' ? `Vrchol: ${alert.peakValue} ${alert.unit ?? ''}`.trim() : undefined
	];
	return { event, alert, subject, text: lines.filter(Boolean).join('\n') };
}

/**
 * E-mail through SMTP (nodemailer); the transport is injectable so tests need no mail server. Without
 * ATLAS_SMTP_URL every attempt fails with that reason, so the log never claims a mail that did not leave.
 */
export function emailChannel(transport: Pick<Transporter, 'sendMail'> | undefined = smtpTransport(), from = env().ATLAS_SMTP_FROM): Channel {
	return {
		async send(target, message) {
			if (!transport) throw new Error('e-mail is not configured: set ATLAS_SMTP_URL');
			await transport.sendMail({ from, to: target, subject: message.subject, text: message.text });
		}
	};
}

function smtpTransport() {
	const url = env().ATLAS_SMTP_URL;
	return url ? nodemailer.createTransport(url) : undefined;
}

/** JSON POST; with ATLAS_WEBHOOK_SECRET set, `X-Atlas-Signature: sha256=<HMAC of the body>` lets the receiver verify it. */
export function webhookChannel(secret = env().ATLAS_WEBHOOK_SECRET): Channel {
	return {
		async send(target, message) {
			const body = JSON.stringify({ event: message.event, subject: message.subject, text: message.text, alert: message.alert });
			const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'region-atlas' };
			if (secret) headers['X-Atlas-Signature'] = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
			const response = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(5_000) });
			if (!response.ok) throw new Error(`the webhook answered ${response.status}`);
		}
	};
}

let defaults: Record<string, Channel> | undefined;

export function defaultChannels(): Record<string, Channel> {
	defaults ??= { email: emailChannel(), webhook: webhookChannel() };
	return defaults;
}

/**
 * Tells every subscribed operator about alerts that were raised or cleared: by the subscription's minimum severity
 * and gauge set, once per cool-down for the same event at the same gauge, and logs every attempt (sent, failed,
 * cooldown). Runs after the readings are committed, never inside the ingest transaction.
 */
export async function notifyAlerts(db: Queryable, alertIds: number[], channels = defaultChannels()): Promise<void> {
	for (const alert of await alertsByIds(db, alertIds)) {
		if (alert.acknowledgedAt && !alert.endedAt) continue; // an acknowledgement is not news for the others' inboxes
		const message = alertMessage(alert);
		const { rows } = await db.query<{ id: number; channel: string; target: string; cooling_down: boolean }>(sqlFile('sql/queries/notification_targets.sql'), [alert.id, message.event]);
		for (const subscription of rows) {
			let status: 'sent' | 'failed' | 'cooldown' = 'cooldown';
			let problem: string | null = null;
			if (!subscription.cooling_down) {
				try {
					await channels[subscription.channel]!.send(subscription.target, message);
					status = 'sent';
				} catch (error) {
					status = 'failed';
					problem = (error as Error).message.slice(0, 500);
				}
			}
			await db.query(
				'INSERT INTO notification_log (subscription_id, alert_id, event, channel, target, status, error) VALUES ($1, $2, $3, $4, $5, $6, $7)',
				[subscription.id, alert.id, message.event, subscription.channel, subscription.target, status, problem]
			);
		}
	}
}
