import pg from 'pg';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { closeDb } from '../../src/lib/server/db/pool';
import { sweepStaleGauges } from '../../src/lib/server/flood/watch';
import { ingest } from '../../src/lib/server/telemetry/ingest';
import { resetGauge } from '../support/gauges';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
const everything = { keyId: 0 };
const LABE_USTI = 221000;
const NO_THRESHOLDS = 225500; // Proboštov on the Bystřice: ČHMÚ publishes no SPA levels for it

afterAll(async () => {
	await pool.end();
	await closeDb();
});

async function gauge(feature: number) {
	const { rows } = await pool.query<{ sensor: number; stage: number }>(
		`SELECT s.id AS sensor, d.id AS stage FROM sensor AS s JOIN datastream AS d ON d.sensor_id = s.id
		 WHERE s.layer = 'flood_gauges' AND s.feature_id = $1 AND d.observed_property = 'stage'`,
		[feature]
	);
	return rows[0]!;
}

/** Other tests write to these gauges too; each test here starts from a gauge without readings or alerts. */
const reset = (feature: number) => resetGauge(pool, feature);

const start = () => Math.floor((Date.now() - 30 * 3_600_000) / 600_000) * 600_000;

/** Sends stage readings every 10 minutes from `from`, in batches as a logger would. */
async function send(feature: number, values: number[], from: number, batch = 6) {
	const { stage } = await gauge(feature);
	for (let index = 0; index < values.length; index += batch) {
		const readings = values.slice(index, index + batch).map((value, offset) => ({ datastream: stage, phenomenonTime: new Date(from + (index + offset) * 600_000).toISOString(), result: value }));
		const report = await ingest(pool, readings, everything);
		expect(report.rejected).toBe(0);
	}
}

async function alerts(feature: number) {
	const { sensor } = await gauge(feature);
	const { rows } = await pool.query<{ kind: string; start_value: number; end_value: number | null; peak_value: number; started_at: Date; ended_at: Date | null }>(
		'SELECT kind, start_value, end_value, peak_value, started_at, ended_at FROM flood_alert WHERE sensor_id = $1 ORDER BY started_at, id',
		[sensor]
	);
	return rows;
}

async function state(feature: number) {
	const { sensor } = await gauge(feature);
	return (await pool.query<{ level: string; quality: string; value: number }>('SELECT level, quality, value FROM flood_state WHERE sensor_id = $1', [sensor])).rows[0];
}

describe('flood watch on the Labe at Ústí nad Labem (SPA 450 / 530 / 600 cm)', () => {
	beforeEach(() => reset(LABE_USTI));

	it('follows a flood wave through SPA 1 → 2 → 3 and back, raising and clearing each at the right reading', async () => {
		const rise = Array.from({ length: 45 }, (_, i) => 380 + i * 6); // 380 … 644 cm, 36 cm/h
		const fall = Array.from({ length: 55 }, (_, i) => 644 - i * 5); // back down to 374 cm
		const from = start();
		await send(LABE_USTI, rise.slice(0, 20), from);
		expect(await state(LABE_USTI)).toMatchObject({ level: 'spa1' });
		await send(LABE_USTI, [...rise.slice(20), ...fall], from + 20 * 600_000);

		const levels = (await alerts(LABE_USTI)).filter((alert) => alert.kind.startsWith('spa'));
		expect(levels.map((alert) => [alert.kind, alert.start_value, alert.end_value, alert.peak_value])).toEqual([
			['spa1', 452, 439, 644],
			['spa2', 530, 519, 644],
			['spa3', 602, 584, 644]
		]);
		const raised = levels.map((alert) => alert.started_at.getTime());
		expect(raised).toEqual([...raised].sort((a, b) => a - b));
		const cleared = levels.map((alert) => alert.ended_at!.getTime());
		expect(cleared).toEqual([...cleared].sort((a, b) => b - a));
		expect(await state(LABE_USTI)).toMatchObject({ level: 'normal', quality: 'ok', value: 374 });
	});

	it('does not flap on a noisy level around 450 cm', async () => {
		const noisy = Array.from({ length: 48 }, (_, i) => 450 + [3, -6, 5, -4, 7, -7, 2, -3][i % 8]!);
		await send(LABE_USTI, noisy, start());
		const raised = await alerts(LABE_USTI);
		expect(raised.map((alert) => [alert.kind, alert.ended_at])).toEqual([['spa1', null]]);
	});

	it('raises rate of rise at 30 cm in an hour and clears it when the river steadies', async () => {
		const values = [300, 301, 302, 303, 304, 305, 306, 312, 320, 330, 340, 345, 346, 346, 347, 347, 347, 348, 348];
		await send(LABE_USTI, values, start());
		const rise = (await alerts(LABE_USTI)).filter((alert) => alert.kind === 'rise');
		expect(rise).toHaveLength(1);
		expect(rise[0]).toMatchObject({ start_value: 340 });
		expect(rise[0]!.ended_at).not.toBeNull();
	});

	it('calls a gauge stale when it goes quiet and clears that with the next reading', async () => {
		const from = start();
		await send(LABE_USTI, [300, 301, 302], from);
		const last = from + 2 * 600_000;
		expect(await sweepStaleGauges(pool, new Date(last + 29 * 60_000))).toEqual([]);
		const raised = await sweepStaleGauges(pool, new Date(last + 31 * 60_000));
		expect(raised).toHaveLength(1);
		expect(await sweepStaleGauges(pool, new Date(last + 40 * 60_000))).toEqual([]);
		expect(await state(LABE_USTI)).toMatchObject({ quality: 'stale' });
		await send(LABE_USTI, [303], last + 60 * 60_000);
		const stale = (await alerts(LABE_USTI)).filter((alert) => alert.kind === 'stale');
		expect(stale).toHaveLength(1);
		expect(stale[0]!.ended_at).not.toBeNull();
		expect(await state(LABE_USTI)).toMatchObject({ quality: 'ok' });
	});

	it('judges a late batch of older readings as history, without reopening what is settled', async () => {
		const from = start();
		await send(LABE_USTI, [300, 300.5, 301, 301.5], from + 6 * 600_000);
		await send(LABE_USTI, [700, 701], from);
		expect((await alerts(LABE_USTI)).filter((alert) => alert.kind !== 'rise')).toEqual([]);
		expect(await state(LABE_USTI)).toMatchObject({ level: 'normal', value: 301.5 });
	});
});

describe('a gauge without official thresholds', () => {
	beforeEach(() => reset(NO_THRESHOLDS));

	it('never raises a level alert, whatever the level', async () => {
		await send(NO_THRESHOLDS, Array.from({ length: 30 }, (_, i) => 100 + i * 20), start());
		const raised = await alerts(NO_THRESHOLDS);
		expect(raised.filter((alert) => ['spa1', 'spa2', 'spa3', 'extreme'].includes(alert.kind))).toEqual([]);
		expect(await state(NO_THRESHOLDS)).toMatchObject({ level: 'none' });
	});
});

describe('notifications', () => {
	beforeEach(() => reset(LABE_USTI));

	it('tell subscribers by severity and gauge, respect the cool-down, and log every attempt', async () => {
		const { createServer } = await import('node:http');
		const { createAccount } = await import('../../src/lib/server/auth/accounts');
		const { emailChannel, notifyAlerts, webhookChannel } = await import('../../src/lib/server/flood/notify');
		const nodemailer = (await import('nodemailer')).default;

		const received: { signature: string | undefined; body: { event: string; subject: string } }[] = [];
		const server = createServer(async (request, response) => {
			let raw = '';
			for await (const chunk of request) raw += chunk;
			received.push({ signature: request.headers['x-atlas-signature'] as string | undefined, body: JSON.parse(raw) });
			response.writeHead(request.url === '/broken' ? 500 : 204).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const port = (server.address() as { port: number }).port;
		const mails: { to: string; subject: string; text: string }[] = [];
		const transport = nodemailer.createTransport({ jsonTransport: true });
		const email = emailChannel(transport, 'atlas@example.cz');
		const channels = {
			webhook: webhookChannel('test-secret'),
			email: { send: async (target: string, message: Parameters<typeof email.send>[1]) => (await email.send(target, message), void mails.push({ to: target, subject: message.subject, text: message.text })) }
		};

		const operator = `notify-${Date.now().toString(36)}`;
		const userId = await createAccount(pool, { username: operator, password: 'a long enough password', roles: ['flood_operator'] }, { name: 'test' });
		const { sensor } = await gauge(LABE_USTI);
		await pool.query(
			`INSERT INTO notification_subscription (user_id, channel, target, min_severity, sensors, cooldown_minutes) VALUES
			   ($1, 'webhook', $2, 1, ARRAY[$4::integer], 30), ($1, 'email', 'dispecink@example.cz', 2, NULL, 30), ($1, 'webhook', $3, 3, NULL, 0)`,
			[userId, `http://127.0.0.1:${port}/hook`, `http://127.0.0.1:${port}/broken`, sensor]
		);
		try {
			const from = start();
			await send(LABE_USTI, [440, 452, 470, 500, 535], from);
			const raisedIds = (await pool.query<{ id: string }>('SELECT id FROM flood_alert WHERE sensor_id = $1 ORDER BY id', [sensor])).rows.map((row) => Number(row.id));
			await notifyAlerts(pool, raisedIds, channels);
			// SPA 1 and SPA 2 to the webhook (severity ≥ 1, this gauge); only SPA 2 by e-mail (severity ≥ 2).
			expect(received.map((item) => item.body.subject)).toEqual(['Výstraha: Ústí nad Labem (Labe), SPA 2 pohotovost', 'Výstraha: Ústí nad Labem (Labe), SPA 1 bdělost']);
			expect(received[0]!.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
			expect(mails).toEqual([expect.objectContaining({ to: 'dispecink@example.cz', subject: 'Výstraha: Ústí nad Labem (Labe), SPA 2 pohotovost' })]);

			// The same events again within the cool-down are logged but not sent.
			await notifyAlerts(pool, raisedIds, channels);
			expect(received).toHaveLength(2);
			const log = (await pool.query<{ status: string; channel: string }>('SELECT status, channel FROM notification_log WHERE alert_id = ANY ($1) ORDER BY id', [raisedIds])).rows;
			expect(log.map((row) => `${row.channel} ${row.status}`)).toEqual(['webhook sent', 'email sent', 'webhook sent', 'webhook cooldown', 'email cooldown', 'webhook cooldown']);

			// A failing receiver is logged as failed, with the reason.
			await send(LABE_USTI, [560, 590, 610], from + 5 * 600_000);
			const spa3 = (await pool.query<{ id: string }>("SELECT id FROM flood_alert WHERE sensor_id = $1 AND kind = 'spa3'", [sensor])).rows.map((row) => Number(row.id));
			await notifyAlerts(pool, spa3, channels);
			const failed = (await pool.query<{ status: string; error: string }>("SELECT status, error FROM notification_log WHERE alert_id = ANY ($1) AND target LIKE '%broken'", [spa3])).rows;
			expect(failed).toEqual([{ status: 'failed', error: 'the webhook answered 500' }]);
		} finally {
			await pool.query('DELETE FROM notification_subscription WHERE user_id = $1', [userId]);
			server.close();
		}
	});
});
