import { z } from 'zod';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { jsonError } from '../http';
import { ingest, type IngestReport } from './ingest';
import type { KeyScope } from './keys';

const uplink = z.object({
	deduplicationId: z.string().min(1),
	time: z.string(),
	deviceInfo: z.object({
		deviceProfileName: z.string(),
		devEui: z.string(),
		tags: z.object({ layer: z.string(), feature: z.string().regex(/^\d+$/) }).passthrough()
	}),
	object: z.record(z.string(), z.unknown()).optional()
});

/**
 * A ChirpStack v4 `?event=up`: the decoded `object` becomes readings of the sensor named by the device's tags,
 * through the device profile's field mapping, then the same validation and storage as HTTP ingest. Other events
 * are acknowledged and ignored.
 */
export async function chirpstackResponse(event: string | null, body: unknown, scope: KeyScope): Promise<Response> {
	if (event !== 'up') return new Response(null, { status: 204 });
	const parsed = uplink.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return jsonError(400, `Not a ChirpStack uplink with the tags Region Atlas needs: ${issue.path.map(String).join('.')} ${issue.message}`);
	}
	const { deduplicationId, time, deviceInfo, object } = parsed.data;
	if (!object) return jsonError(422, `Uplink ${deduplicationId} has no decoded object: set a codec on device profile ${deviceInfo.deviceProfileName}.`);
	const { rows } = await db().query<{ object_key: string; datastream_id: number }>(sqlFile('sql/queries/chirpstack_datastreams.sql'), [
		deviceInfo.deviceProfileName,
		deviceInfo.tags.layer,
		deviceInfo.tags.feature
	]);
	if (rows.length === 0) {
		return jsonError(422, `No mapping for device profile ${deviceInfo.deviceProfileName} and sensor ${deviceInfo.tags.layer}/${deviceInfo.tags.feature}.`);
	}
	const readings = rows.filter((row) => row.object_key in object).map((row) => ({ datastream: row.datastream_id, phenomenonTime: time, result: object[row.object_key] }));
	// A known deduplicationId is answered without touching the readings; the receipt is written only after they are
	// stored, so a failed attempt can be retried. Readings are idempotent by themselves in any case.
	const seen = await db().query("SELECT 1 FROM ingest_receipt WHERE source = 'chirpstack' AND receipt_key = $1", [deduplicationId]);
	if (seen.rowCount) {
		const report: IngestReport = { accepted: 0, duplicate: readings.length, rejected: 0, items: readings.map((_, index) => ({ index, status: 'duplicate' })) };
		return Response.json(report);
	}
	const report = await ingest(db(), readings, scope);
	await db().query("INSERT INTO ingest_receipt (source, receipt_key) VALUES ('chirpstack', $1) ON CONFLICT DO NOTHING", [deduplicationId]);
	return Response.json(report);
}
