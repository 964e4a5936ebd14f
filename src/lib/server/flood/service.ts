import { db } from '../db/pool';
import { whenAlertsCommitted } from '../telemetry/ingest';
import { notifyAlerts } from './notify';
import { sweepStaleGauges } from './watch';

const SWEEP_MS = 60_000;

/**
 * The flood watch's background work in this app instance: every minute it looks for gauges that went quiet, and
 * it notifies subscribers of alerts this instance committed (each alert is committed by exactly one instance, so
 * nobody is told twice).
 */
export function startFloodWatch(): { stop(): void } {
	const notify = (ids: number[]) => void notifyAlerts(db(), ids).catch((error: Error) => console.warn(`flood watch: notifications failed: ${error.message}`));
	whenAlertsCommitted(notify);
	const timer = setInterval(() => {
		sweepStaleGauges(db())
			.then((ids) => ids.length > 0 && notify(ids))
			.catch((error: Error) => console.warn(`flood watch: stale sweep failed: ${error.message}`));
	}, SWEEP_MS);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
