import { expect, test } from './fixtures';

test.describe('GET /api/features/{layer}/{id}', () => {
	test('returns a municipality with its indicators and bbox', async ({ request }) => {
		const response = await request.get('/api/features/municipalities/554804');
		expect(response.status()).toBe(200);
		const body = await response.json();
		expect(body).toMatchObject({ layer: 'municipalities', id: 554804, properties: { name: 'Ústí nad Labem', district: 'Ústí nad Labem', population: 92716 } });
		expect(body.bbox).toHaveLength(4);
	});

	test('returns ČHMÚ thresholds of a gauge as they are', async ({ request }) => {
		const body = await (await request.get('/api/features/flood_gauges/221000')).json();
		expect(body.properties).toMatchObject({ river: 'Labe', spa1_cm: 450, spa2_cm: 530, spa3_cm: 600 });
	});

	for (const [path, status, parameter] of [
		['/api/features/nope/1', 404, 'layer'],
		['/api/features/place_labels/554804', 404, 'layer'],
		['/api/features/municipalities/abc', 400, 'id'],
		['/api/features/municipalities/1', 404, 'id']
	] as const) {
		test(`${path} → ${status}`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(status);
			expect((await response.json()).error.parameter).toBe(parameter);
		});
	}
});

test.describe('GET /api/search', () => {
	test('finds places without diacritics, best match first', async ({ request }) => {
		for (const [query, name] of [
			['usti', 'Ústí nad Labem'],
			['decin', 'Děčín'],
			['LIBEREC', 'Liberec'],
			['jablonec', 'Jablonec nad Nisou']
		]) {
			const body = await (await request.get(`/api/search?q=${query}`)).json();
			expect(body.results[0], query).toMatchObject({ layer: 'municipalities', name });
		}
	});

	test('finds gauges and sensors by code', async ({ request }) => {
		const body = await (await request.get('/api/search?q=221000')).json();
		expect(body.results[0]).toMatchObject({ layer: 'flood_gauges', id: 221000 });
	});

	for (const query of ['', 'a', 'x'.repeat(101)]) {
		test(`rejects q of length ${query.length} with 400`, async ({ request }) => {
			const response = await request.get(`/api/search?q=${query}`);
			expect(response.status()).toBe(400);
			expect((await response.json()).error.parameter).toBe('q');
		});
	}

	test('rejects a bad limit with 400', async ({ request }) => {
		expect((await request.get('/api/search?q=usti&limit=0')).status()).toBe(400);
		expect((await request.get('/api/search?q=usti&limit=abc')).status()).toBe(400);
	});
});

test.describe('GET /api/indicators', () => {
	test('lists indicators and serves values for all 569 municipalities', async ({ request }) => {
		const list = await (await request.get('/api/indicators')).json();
		expect(list.indicators.map((indicator: { id: string }) => indicator.id)).toContain('population_density');
		for (const { id } of list.indicators as { id: string }[]) {
			const body = await (await request.get(`/api/indicators/${id}/values`)).json();
			expect(body.values, id).toHaveLength(569);
		}
		const population = await (await request.get('/api/indicators/population/values')).json();
		expect(population.values).toContainEqual([554804, 92716]);
	});

	test('an unknown indicator is a 404 listing the valid ones', async ({ request }) => {
		const response = await request.get('/api/indicators/nope/values');
		expect(response.status()).toBe(404);
		expect((await response.json()).error.valid).toContain('population');
	});
});
