import { Readable, Transform } from 'node:stream';
import QueryStream from 'pg-query-stream';
import type { SessionUser } from '$lib/auth/roles';
import { filterOf, parseBrownfieldQuery, weightsOf, type BrownfieldQuery } from '$lib/brownfields/filter';
import { recordAudit } from '../auth/audit';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { jsonError } from '../http';
import type { Visibility } from '../visibility';

export interface Viewer {
	visibility: Visibility;
	user?: SessionUser;
	ip: string;
}

export async function searchBrownfields(query: BrownfieldQuery, visibility: Visibility) {
	const restricted = visibility === 'restricted';
	const filter = filterOf(query);
	const { rows } = await db().query(sqlFile('sql/queries/brownfield_search.sql'), [
		filter,
		restricted,
		weightsOf(query),
		query.sort,
		(query.dir ?? (query.sort === 'name' ? 'asc' : 'desc')) === 'desc',
		query.pageSize,
		(query.page - 1) * query.pageSize,
		query.radiusKm ?? null
	]);
	const total = rows[0]
		? Number(rows[0].total)
		: Number((await db().query('SELECT count(*) AS n FROM brownfield_matching($1::jsonb, $2::boolean)', [filter, restricted])).rows[0].n);
	return { total, page: query.page, pageSize: query.pageSize, weights: weightsOf(query), results: rows.map(({ total: _total, ...row }) => row) };
}

/** `GET /api/brownfields?…`: the matching sites, scored, one page, and how many match in all. */
export async function brownfieldsResponse(url: URL, visibility: Visibility): Promise<Response> {
	const parsed = parseBrownfieldQuery(url.searchParams);
	if (!parsed.success) return jsonError(400, parsed.message, { parameter: parsed.parameter });
	return Response.json(await searchBrownfields(parsed.data, visibility), { headers: { 'Cache-Control': 'no-cache', Vary: 'Cookie' } });
}

/** `GET /api/brownfields/summary?by=municipality|district&…`. */
export async function summaryResponse(url: URL, visibility: Visibility): Promise<Response> {
	const by = url.searchParams.get('by') ?? 'municipality';
	if (by !== 'municipality' && by !== 'district') return jsonError(400, 'by must be municipality or district.', { parameter: 'by' });
	const parsed = parseBrownfieldQuery(url.searchParams);
	if (!parsed.success) return jsonError(400, parsed.message, { parameter: parsed.parameter });
	const { rows } = await db().query(sqlFile('sql/queries/brownfield_summary.sql'), [filterOf(parsed.data), visibility === 'restricted', by]);
	return Response.json({ by, groups: rows }, { headers: { 'Cache-Control': 'no-cache', Vary: 'Cookie' } });
}

const CSV_COLUMNS: [key: string, en: string, cs: string][] = [
	['id', 'id', 'id'],
	['code', 'code', 'kód'],
	['name', 'name', 'název'],
	['kod_obec', 'municipality_code', 'kód obce'],
	['municipality', 'municipality', 'obec'],
	['district', 'district', 'okres'],
	['area_ha', 'area_ha', 'rozloha (ha)'],
	['built_up_ha', 'built_up_ha', 'zastavěná plocha (ha)'],
	['previous_use', 'previous_use', 'původní využití'],
	['ownership', 'ownership', 'vlastnictví'],
	['ecological_burden', 'ecological_burden', 'ekologická zátěž'],
	['state', 'state', 'stav'],
	['proposed_reuse', 'proposed_reuse', 'navržené využití'],
	['public', 'public', 'veřejný'],
	['synthetic', 'synthetic', 'syntetický'],
	['dist_5g_m', 'dist_5g_m', 'vzdálenost 5G (m)'],
	['dist_road_m', 'dist_road_m', 'vzdálenost silnice (m)'],
	['dist_river_m', 'dist_river_m', 'vzdálenost toku (m)'],
	['population_10km', 'population_10km', 'obyvatel do 10 km']
];

const csvCell = (value: unknown) => {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * `GET /api/brownfields/export.{geojson|csv}?…`: the whole filtered selection, streamed row by row from a database
 * cursor (never all in memory). An export that contains non-public sites is recorded in the audit trail.
 */
export async function exportResponse(format: string, url: URL, viewer: Viewer): Promise<Response> {
	if (format !== 'geojson' && format !== 'csv') return jsonError(404, 'Exports are export.geojson and export.csv.', { parameter: 'format' });
	const parsed = parseBrownfieldQuery(url.searchParams);
	if (!parsed.success) return jsonError(400, parsed.message, { parameter: parsed.parameter });
	const filter = filterOf(parsed.data);
	const restricted = viewer.visibility === 'restricted';
	if (restricted) {
		const { rows } = await db().query<{ n: string }>('SELECT count(*) AS n FROM brownfield_matching($1::jsonb, true) AS hit JOIN brownfield AS b ON b.id = hit.id WHERE NOT b.public', [filter]);
		if (Number(rows[0]!.n) > 0) {
			await recordAudit(db(), { actor: viewer.user?.username ?? 'anonymous', action: 'data.export', target: 'brownfields', ip: viewer.ip, details: { format, nonPublic: Number(rows[0]!.n), filter } });
		}
	}

	const client = await db().connect();
	const rows = client.query(new QueryStream(sqlFile('sql/queries/brownfield_export.sql'), [filter, restricted], { batchSize: 200 }));
	const release = () => client.release();
	rows.on('end', release);
	rows.on('error', release);
	const czech = url.searchParams.get('lang') === 'cs';
	let first = true;
	const encode = new Transform({
		writableObjectMode: true,
		transform(row: Record<string, unknown>, _encoding, done) {
			if (format === 'csv') {
				const header = first ? `\uFEFF${CSV_COLUMNS.map(([, en, cs]) => csvCell(czech ? cs : en)).join(',')}\r\n` : '';
				first = false;
				done(null, header + CSV_COLUMNS.map(([key]) => csvCell(row[key])).join(',') + '\r\n');
				return;
			}
			const { geometry, id, ...properties } = row;
			const feature = `{"type":"Feature","id":${id},"geometry":${geometry},"properties":${JSON.stringify(properties)}}`;
			done(null, (first ? '{"type":"FeatureCollection","features":[\n' : ',\n') + feature);
			first = false;
		},
		flush(done) {
			if (format === 'csv') done(null, first ? `\uFEFF${CSV_COLUMNS.map(([, en, cs]) => csvCell(czech ? cs : en)).join(',')}\r\n` : '');
			else done(null, first ? '{"type":"FeatureCollection","features":[]}\n' : '\n]}\n');
		}
	});
	rows.on('error', (error) => encode.destroy(error));
	const body = Readable.toWeb(rows.pipe(encode)) as ReadableStream<Uint8Array>;
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(body, {
		headers: {
			'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json',
			'Content-Disposition': `attachment; filename="brownfields-${stamp}.${format}"`,
			'Cache-Control': 'no-store'
		}
	});
}
