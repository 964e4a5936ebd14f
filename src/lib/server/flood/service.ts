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
export function startFloodWatch(): { stop(): Promise<void> } {
	const sending = new Set<Promise<void>>();
	const notify = (ids: number[]) => {
		const delivery: Promise<void> = notifyAlerts(db(), ids)
			.then(() => {}, (error: Error) => console.warn(`flood watch: notifications failed: ${error.message}`))
			.finally(() => sending.delete(delivery));
		sending.add(delivery);
	};
	whenAlertsCommitted(notify);
	const timer = setInterval(() => {
		sweepStaleGauges(db())
			.then((ids) => ids.length > 0 && notify(ids))
			.catch((error: Error) => console.warn(`flood watch: stale sweep failed: ${error.message}`));
	}, SWEEP_MS);
	timer.unref();
	return {
		/** Stops sweeping and resolves once the notifications under way are out, so the pool may close after it. */
		stop: async () => {
			clearInterval(timer);
			await Promise.all(sending);
		}
	};
}
