import type { Visibility } from './visibility';
import { db } from './db/pool';
import { sqlFile } from './db/sql-file';
import { jsonError } from './http';

export interface SearchResult {
	layer: string;
	id: number;
	name: string;
	code: string;
	context: string | null;
	center: [number, number];
	/** The feature's lon/lat box: west, south, east, north (a point's box has no area). */
	bbox: [number, number, number, number];
}

const MAX_QUERY = 100;

/** `GET /api/search?q=&limit=`: ranked matches by name or code, whatever the case and diacritics. */
export async function searchResponse(url: URL, visibility: Visibility): Promise<Response> {
	const query = (url.searchParams.get('q') ?? '').trim();
	if (query.length < 2) return jsonError(400, 'q must have at least 2 characters, e.g. ?q=usti', { parameter: 'q' });
	if (query.length > MAX_QUERY) return jsonError(400, `q may have at most ${MAX_QUERY} characters.`, { parameter: 'q' });
	const rawLimit = url.searchParams.get('limit') ?? '10';
	if (!/^\d{1,2}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > 25) {
		return jsonError(400, `limit must be an integer from 1 to 25, got '${rawLimit.slice(0, 20)}'.`, { parameter: 'limit' });
	}
	return Response.json({ query, results: await search(query, Number(rawLimit), visibility) }, { headers: { 'Cache-Control': 'no-cache', Vary: 'Cookie' } });
}

export async function search(query: string, limit: number, visibility: Visibility): Promise<SearchResult[]> {
	const { rows } = await db().query<{ layer: string; id: number; name: string; code: string; context: string | null; lon: number; lat: number; west: number; south: number; east: number; north: number }>(
		sqlFile('sql/queries/search.sql'),
		[query, limit, visibility === 'restricted']
	);
	return rows.map(({ lon, lat, west, south, east, north, ...row }) => ({ ...row, center: [lon, lat], bbox: [west, south, east, north] }));
}
