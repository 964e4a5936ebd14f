import type { Queryable } from '../../src/lib/server/db/pool';

/**
 * A water-level gauge's sensor and stage datastream, emptied of readings, state and alerts: the tests share one
 * database, and flood-watch tests need a gauge with no history.
 */
export async function resetGauge(db: Queryable, feature: number): Promise<{ sensor: number; stage: number }> {
	const { rows } = await db.query<{ sensor: number; stage: number }>(
		`SELECT s.id AS sensor, d.id AS stage FROM sensor AS s JOIN datastream AS d ON d.sensor_id = s.id
		 WHERE s.layer = 'flood_gauges' AND s.feature_id = $1 AND d.observed_property = 'stage'`,
		[feature]
	);
	const gauge = rows[0]!;
	const streams = 'SELECT id FROM datastream WHERE sensor_id = $1';
	await db.query(`DELETE FROM observation WHERE datastream_id IN (${streams})`, [gauge.sensor]);
	await db.query(`DELETE FROM datastream_latest WHERE datastream_id IN (${streams})`, [gauge.sensor]);
	await db.query('DELETE FROM notification_log WHERE alert_id IN (SELECT id FROM flood_alert WHERE sensor_id = $1)', [gauge.sensor]);
	await db.query('DELETE FROM flood_alert WHERE sensor_id = $1', [gauge.sensor]);
	await db.query('DELETE FROM flood_state WHERE sensor_id = $1', [gauge.sensor]);
	return gauge;
}
