import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { recentAlerts } from './alerts';
import type { HydrographSeries } from '$lib/flood/types';
import { ruleInput, updateRule } from './operations';

const DAY = 86_400_000;
/** 7 days at 10-minute resolution; the 30-day zoom-out is downsampled to hourly means (with min and max). */
const PERIODS: Record<string, { days: number; bucket: string | null }> = { '7': { days: 7, bucket: null }, '30': { days: 30, bucket: '1 hour' } };

function parseSensor(raw: string): number {
	if (!/^\d{1,9}$/.test(raw)) error(400, 'The gauge id must be a whole number.');
	return Number(raw);
}

/** The gauge page: details, rule, stage and discharge over the period ending at `end` (default now), its alerts. */
export async function gaugePage(rawId: string, url: URL) {
	const sensor = parseSensor(rawId);
	const { rows } = await db().query(sqlFile('sql/queries/flood_gauge_detail.sql'), [sensor]);
	const gauge = rows[0];
	if (!gauge) error(404, `There is no water-level or rain gauge ${sensor}.`);
	const period = PERIODS[url.searchParams.get('days') ?? '7'];
	if (!period) error(400, 'days must be 7 or 30.');
	const end = url.searchParams.get('end') ? new Date(url.searchParams.get('end')!) : new Date();
	if (Number.isNaN(end.getTime())) error(400, 'end must be an ISO 8601 time, e.g. 2026-10-26T00:00:00Z.');
	const from = new Date(end.getTime() - period.days * DAY);

	const series: HydrographSeries[] = [];
	for (const [property, unit] of [['stage', 'cm'], ['discharge', 'm³/s'], ['rainfall', 'mm']] as const) {
		const datastream = gauge.datastreams?.[property];
		if (!datastream) continue;
		const history = await db().query<{ time: Date; mean: number }>(sqlFile('sql/queries/observation_history.sql'), [datastream, from, end, period.bucket, 20_000]);
		series.push({ property, unit, times: history.rows.map((row) => row.time.getTime() / 1000), values: history.rows.map((row) => row.mean) });
	}
	const alerts = (await recentAlerts(db(), from)).filter((alert) => alert.sensor === sensor && alert.startedAt <= end);
	return { gauge, series, alerts, days: period.days, from: from.toISOString(), end: end.toISOString() };
}

/** Form action: an operator changes the gauge's rule (audited with before and after). */
export async function saveRuleAction(event: RequestEvent) {
	const sensor = parseSensor(event.params.id ?? '');
	const parsed = ruleInput.safeParse(Object.fromEntries(await event.request.formData()));
	if (!parsed.success) return fail(400, { error: `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}` });
	if (!(await updateRule(db(), sensor, parsed.data, { name: event.locals.user!.username, ip: event.locals.clientAddress }))) error(404, `There is no gauge ${sensor}.`);
	return { saved: true };
}
