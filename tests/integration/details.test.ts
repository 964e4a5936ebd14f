import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { LAYERS } from '../../src/lib/layers';
import { queryFeatures } from '../../src/lib/server/features';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
afterAll(async () => {
	await pool.end();
});

/** Shown elsewhere in the panel: the name is its heading, `synthetic` its notice. */
const OUTSIDE_SECTIONS = new Set(['name', 'synthetic']);

describe.each(LAYERS.filter((layer) => layer.selectable).map((layer) => [layer.id, layer] as const))('details of %s', (_, layer) => {
	it('place every property of the details query in exactly one section, and nothing else', async () => {
		const rows = await queryFeatures(pool, layer, 'restricted', { limit: 50, offset: 0 });
		expect(rows.length).toBeGreaterThan(0);
		const yielded = new Set(rows.flatMap((row) => Object.keys(row.properties)).filter((name) => !OUTSIDE_SECTIONS.has(name)));
		const placed = (layer.details ?? []).flatMap((section) => section.fields);
		expect(new Set(placed).size, 'a property in two sections').toBe(placed.length);
		expect([...placed].sort()).toEqual([...yielded].sort());
		for (const section of layer.details ?? []) {
			for (const title of Object.values(section.title)) expect(title.trim()).not.toBe('');
			if (section.derivedFrom) expect(yielded).toContain(section.derivedFrom);
		}
	});
});
