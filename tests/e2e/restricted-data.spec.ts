import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { ORIGIN, signIn, testAccount } from './auth-helpers';
import { expect, test } from './fixtures';
import { withTestDatabase } from './telemetry-helpers';

interface HiddenSite {
	id: number;
	code: string;
	name: string;
	z: number;
	x: number;
	y: number;
	lon: number;
	lat: number;
}

/** A brownfield whose owner has not consented to publication, and the z14 tile it lies in. */
async function hiddenSite(): Promise<HiddenSite> {
	return withTestDatabase(async (client) => {
		const { rows } = await client.query<HiddenSite>(`
			WITH site AS (
			  SELECT b.id, b.code, b.name, ST_PointOnSurface(b.geom) AS point
			  FROM brownfield AS b
			  WHERE NOT b.public
			  ORDER BY b.id
			  LIMIT 1
			)
			SELECT id, code, name, 14 AS z,
			       floor((ST_X(point) + 20037508.342789244) / (40075016.68557849 / 2 ^ 14))::int AS x,
			       floor((20037508.342789244 - ST_Y(point)) / (40075016.68557849 / 2 ^ 14))::int AS y,
			       ST_X(ST_Transform(point, 4326)) AS lon, ST_Y(ST_Transform(point, 4326)) AS lat
			FROM site`);
		return rows[0]!;
	});
}

async function tileIds(request: APIRequestContext, site: HiddenSite): Promise<number[]> {
	const response = await request.get(`/tiles/brownfields/${site.z}/${site.x}/${site.y}.mvt`);
	if (response.status() === 204) return [];
	expect(response.status()).toBe(200);
	const layer = new VectorTile(new PbfReader(await response.body())).layers.brownfields;
	return layer ? Array.from({ length: layer.length }, (_, index) => Number(layer.feature(index).id)) : [];
}

test.describe('a public client cannot learn that a non-public brownfield exists', () => {
	let site: HiddenSite;
	let planner: APIRequestContext;

	test.beforeAll(async ({ extraHTTPHeaders }) => {
		site = await hiddenSite();
		planner = await playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
		expect((await signIn(planner, await testAccount(['planner']))).status()).toBe(303);
	});
	test.afterAll(() => planner.dispose());

	test('tiles: decoded, the public tile lacks it, the planner tile has it, and they are cached apart', async ({ request }) => {
		expect(await tileIds(request, site)).not.toContain(site.id);
		expect(await tileIds(planner, site)).toContain(site.id);
		expect(await tileIds(request, site)).not.toContain(site.id);
		const publicResponse = await request.get(`/tiles/brownfields/${site.z}/${site.x}/${site.y}.mvt`);
		expect(publicResponse.headers()['vary']).toContain('Cookie');
		const plannerResponse = await planner.get(`/tiles/brownfields/${site.z}/${site.x}/${site.y}.mvt`);
		expect(plannerResponse.headers()['cache-control']).toMatch(/^private/);
	});

	test('details: the same 404 as an id that never existed', async ({ request }) => {
		const hidden = await request.get(`/api/features/brownfields/${site.id}`);
		const missing = await request.get('/api/features/brownfields/999999');
		expect(hidden.status()).toBe(404);
		expect(missing.status()).toBe(404);
		expect((await hidden.text()).replace(String(site.id), 'ID')).toBe((await missing.text()).replace('999999', 'ID'));
		expect((await planner.get(`/api/features/brownfields/${site.id}`)).status()).toBe(200);
	});

	test('search: not by code, not by name', async ({ request }) => {
		const found = async (context: APIRequestContext, q: string) =>
			((await (await context.get(`/api/search?q=${encodeURIComponent(q)}&limit=25`)).json()).results as { layer: string; id: number }[]).some(
				(result) => result.layer === 'brownfields' && result.id === site.id
			);
		expect(await found(request, site.code)).toBe(false);
		expect(await found(request, site.name)).toBe(false);
		expect(await found(planner, site.code)).toBe(true);
	});

	test('OGC API items: not in the collection, its bbox or as a single item', async ({ request }) => {
		const around = [site.lon - 0.01, site.lat - 0.01, site.lon + 0.01, site.lat + 0.01].join(',');
		const ids = async (context: APIRequestContext) =>
			((await (await context.get(`/ogc/collections/brownfields/items?bbox=${around}&limit=1000`)).json()).features as { id: number }[]).map((feature) => feature.id);
		expect(await ids(request)).not.toContain(site.id);
		expect(await ids(planner)).toContain(site.id);
		expect((await request.get(`/ogc/collections/brownfields/items/${site.id}`)).status()).toBe(404);
		expect((await planner.get(`/ogc/collections/brownfields/items/${site.id}`)).status()).toBe(200);
	});

	test('the live stream: its events name sensors only, never a brownfield', async ({ baseURL, extraHTTPHeaders }) => {
		const controller = new AbortController();
		const response = await fetch(`${baseURL}/api/stream`, { headers: extraHTTPHeaders, signal: controller.signal });
		expect(response.status).toBe(200);
		const reader = response.body!.getReader();
		let text = '';
		const until = Date.now() + 1500;
		while (Date.now() < until) {
			const chunk = await Promise.race([reader.read(), new Promise<undefined>((resolve) => setTimeout(resolve, until - Date.now()))]);
			if (!chunk || chunk.done) break;
			text += new TextDecoder().decode(chunk.value);
		}
		controller.abort();
		expect(text).not.toContain('brownfields');
		expect(text).not.toContain(site.code);
	});
});
