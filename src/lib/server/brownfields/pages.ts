import { error } from '@sveltejs/kit';
import type { SessionUser } from '$lib/auth/roles';
import { brownfieldQuery, filterOf, parseBrownfieldQuery, weightsOf, type BrownfieldQuery } from '$lib/brownfields/filter';
import type { SiteMiniMap } from '$lib/brownfields/mini-map';
import { DEFAULT_SUMMARY_VIEW, parseSummaryView, type SummaryGroup } from '$lib/brownfields/summary';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { visibilityOf } from '../visibility';
import { searchBrownfields } from '.';

/**
 * The planner view: one page of the ranking, every matching id for the map, the summary per district or
 * municipality (table and map shading), the choices.
 */
export async function plannerPage(url: URL, user: SessionUser | undefined) {
	const visibility = visibilityOf(user);
	const districts = (await db().query<{ lau1: string; name: string }>('SELECT lau1, name FROM district ORDER BY name')).rows;
	const parsed = parseBrownfieldQuery(url.searchParams);
	const query = parsed.success ? parsed.data : brownfieldQuery.parse({});
	const summaryView = parseSummaryView(url.searchParams);
	const filter = filterOf(query);
	const restricted = visibility === 'restricted';
	const [search, matching, summary] = await Promise.all([
		searchBrownfields(query, visibility),
		db().query<{ ids: number[] | null }>('SELECT array_agg(id ORDER BY id) AS ids FROM brownfield_matching($1::jsonb, $2::boolean)', [filter, restricted]),
		db().query<SummaryGroup>(sqlFile('sql/queries/brownfield_summary.sql'), [filter, restricted, summaryView.ok ? summaryView.view.by : DEFAULT_SUMMARY_VIEW.by])
	]);
	return {
		query,
		problem: !parsed.success ? parsed.message : !summaryView.ok ? summaryView.message : undefined,
		search,
		matchingIds: matching.rows[0]!.ids ?? [],
		summary: summary.rows,
		summaryView: summaryView.ok ? summaryView.view : DEFAULT_SUMMARY_VIEW,
		districts,
		canSeeRestricted: restricted
	};
}

/** Sites by id with their small maps (SVG paths of the site and what surrounds it), for the comparison and the sheet. */
export async function sitesWithMiniMaps(ids: number[], query: BrownfieldQuery, user: SessionUser | undefined) {
	const visibility = visibilityOf(user);
	const scoped = { ...query, ids, pageSize: 4, page: 1 };
	const [search, maps] = await Promise.all([
		searchBrownfields(scoped, visibility),
		db().query<SiteMiniMap & { id: number }>(sqlFile('sql/queries/brownfield_minimap.sql'), [ids, visibility === 'restricted'])
	]);
	const mapOf = new Map(maps.rows.map(({ id, ...map }) => [id, map]));
	const sites = ids.map((id) => search.results.find((site) => site.id === id)).filter((site) => site !== undefined);
	return { sites: sites.map((site) => ({ ...site, miniMap: mapOf.get(site.id) })), weights: weightsOf(query) };
}

export async function comparePage(url: URL, user: SessionUser | undefined) {
	const parsed = parseBrownfieldQuery(url.searchParams);
	if (!parsed.success) error(400, parsed.message);
	const ids = (parsed.data.ids ?? []).slice(0, 4);
	return sitesWithMiniMaps(ids, parsed.data, user);
}

export async function sheetPage(rawId: string, url: URL, user: SessionUser | undefined) {
	if (!/^\d{1,9}$/.test(rawId)) error(400, 'The site id must be a whole number.');
	const parsed = parseBrownfieldQuery(url.searchParams);
	if (!parsed.success) error(400, parsed.message);
	const { sites, weights } = await sitesWithMiniMaps([Number(rawId)], parsed.data, user);
	if (sites.length === 0) error(404, `There is no brownfield ${rawId}.`);
	return { site: sites[0]!, weights };
}
