import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS, LAYER_IDS } from '.';
import { SOURCES } from './sources';

const tileFiles = readdirSync('tiles').filter((name) => name.endsWith('.sql'));
const migrations = readdirSync('sql/migrations').map((name) => readFileSync(`sql/migrations/${name}`, 'utf8')).join('\n');

describe('layer metadata', () => {
	it('has exactly one tiles/<id>.sql per layer and no SQL file without a layer', () => {
		expect(tileFiles.map((name) => name.replace(/\.sql$/, '')).sort()).toEqual([...LAYER_IDS].sort());
		expect(new Set(LAYER_IDS).size).toBe(LAYER_IDS.length);
	});

	it.each(LAYERS.map((layer) => [layer.id, layer] as const))('%s is complete and consistent with its SQL', (id, layer) => {
		expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
		expect(Object.values(layer.title).every((title) => title.length > 0)).toBe(true);
		expect(layer.minzoom).toBeGreaterThanOrEqual(0);
		expect(layer.minzoom).toBeLessThanOrEqual(layer.maxzoom);
		expect(layer.maxzoom).toBeLessThanOrEqual(22);
		expect(Object.keys(layer.fields).length).toBeGreaterThan(0);
		for (const field of Object.values(layer.fields)) expect(field.description.length).toBeGreaterThan(0);
		for (const source of layer.attribution) expect(SOURCES).toHaveProperty(source);
		for (const table of layer.tables) expect(migrations).toMatch(new RegExp(`CREATE (TABLE|MATERIALIZED VIEW) IF NOT EXISTS ${table} `));
		expect(layer.style.length).toBeGreaterThan(0);
		expect(layer.legend.length).toBeGreaterThan(0);
		expect(existsSync(`sql/features/${id}.sql`), 'a selectable layer has a details query').toBe(layer.selectable);
		if (layer.temporalProperty) {
			expect(layer.selectable, 'datetime selects OGC items, which only selectable layers have').toBe(true);
			expect(readFileSync(`sql/features/${id}.sql`, 'utf8'), 'the details query yields the temporal property').toContain(`'${layer.temporalProperty}'`);
		}

		const sql = readFileSync(`tiles/${id}.sql`, 'utf8');
		expect(sql).toContain(`ST_AsMVT(feature, '${id}', 4096, 'geom', 'id')`);
		// The contract every tile query shares, so that any set of them composes into one statement.
		for (const parameter of ['$1::integer', '$2', '$3', '$4::boolean']) expect(sql).toContain(parameter);
		expect(sql).toMatch(/\w+ && tile\.search_area/);
		expect(sql.replace(/--.*$/gm, '').trim().split(';').filter((part) => part.trim()).length, 'one statement per file').toBe(1);
		for (const field of Object.keys(layer.fields)) expect(sql, `${id}.${field} is not selected`).toMatch(new RegExp(`\\b${field}\\b`));
	});
});
