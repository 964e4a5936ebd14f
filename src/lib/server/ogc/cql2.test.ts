import { describe, expect, it } from 'vitest';
import { compileCql2, Cql2Error } from './cql2';

const QUERYABLES = new Set(['name', 'area_ha', 'previous_use', 'public', 'municipality', 'kod_obec']);
const compile = (text: string) => compileCql2(text, QUERYABLES);

describe('CQL2-text', () => {
	it.each([
		["area_ha > 3", '$.p."area_ha" > $v0', { v0: 3 }],
		["area_ha >= 2.5 AND previous_use = 'industrial'", '$.p."area_ha" >= $v0 && $.p."previous_use" == $v1', { v0: 2.5, v1: 'industrial' }],
		["previous_use <> 'civic' OR NOT public = true", '$.p."previous_use" != $v0 || !($.p."public" == $v1)', { v0: 'civic', v1: true }],
		["previous_use IN ('industrial', 'military')", '($.p."previous_use" == $v0 || $.p."previous_use" == $v1)', { v0: 'industrial', v1: 'military' }],
		["previous_use NOT IN ('other')", '!($.p."previous_use" == $v0)', { v0: 'other' }],
		['area_ha BETWEEN 1 AND 2', '($.p."area_ha" >= $v0 && $.p."area_ha" <= $v1)', { v0: 1, v1: 2 }],
		["name LIKE 'Bývalý%'", '($.p."name" like_regex "^Bývalý.*$")', {}],
		["name LIKE 'a.b_c'", '($.p."name" like_regex "^a\\\\.b.c$")', {}],
		['municipality IS NULL', '$.p."municipality" == null', {}],
		['"kod_obec" = 554804', '$.p."kod_obec" == $v0', { v0: 554804 }],
		['(area_ha < 1 OR area_ha > 10) AND public = TRUE', '($.p."area_ha" < $v0 || $.p."area_ha" > $v1) && $.p."public" == $v2', { v0: 1, v1: 10, v2: true }],
		["name = 'O''Brien'", '$.p."name" == $v0', { v0: "O'Brien" }]
	])('%s', (text, jsonpath, vars) => {
		expect(compile(text)).toEqual({ jsonpath, vars, geometries: [] });
	});

	it('turns each S_INTERSECTS into a geometry and a test of its result, combinable like any predicate', () => {
		const box = { type: 'Polygon', coordinates: [[[13.9, 50.6], [14.1, 50.6], [14.1, 50.7], [13.9, 50.7], [13.9, 50.6]]] };
		expect(compile('S_INTERSECTS(geometry, BBOX(13.9, 50.6, 14.1, 50.7)) AND area_ha > 1')).toEqual({ jsonpath: '$.s[0] == true && $.p."area_ha" > $v0', vars: { v0: 1 }, geometries: [box] });
		expect(compile('S_INTERSECTS(geometry, POLYGON((14 50, 15 50, 15 51, 14 50)))').geometries).toEqual([{ type: 'Polygon', coordinates: [[[14, 50], [15, 50], [15, 51], [14, 50]]] }]);
		expect(compile('NOT S_INTERSECTS(geometry, POINT(14.03 50.66)) OR area_ha > 1')).toEqual({
			jsonpath: '!($.s[0] == true) || $.p."area_ha" > $v0',
			vars: { v0: 1 },
			geometries: [{ type: 'Point', coordinates: [14.03, 50.66] }]
		});
		expect(compile('S_INTERSECTS(geometry, POINT(1 2)) OR S_INTERSECTS(geom, BBOX(13.9, 50.6, 14.1, 50.7))')).toMatchObject({ jsonpath: '$.s[0] == true || $.s[1] == true', geometries: [{ type: 'Point' }, box] });
		expect(compile('S_INTERSECTS(BBOX(13.9, 50.6, 14.1, 50.7), geometry)').geometries).toEqual([box]);
		expect(compile('S_INTERSECTS(geometry, BBOX(13.9, 50.6, -100, 14.1, 50.7, 2000))').geometries).toEqual([box]);
	});

	it.each([
		['LINESTRING(13.9 50.6, 14.1 50.7)', { type: 'LineString', coordinates: [[13.9, 50.6], [14.1, 50.7]] }],
		['POLYGON((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))', { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] }],
		['MULTIPOINT(1 2, 3 4)', { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }],
		['MULTIPOINT((1 2), (3 4))', { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }],
		['MULTILINESTRING((1 2, 3 4), (5 6, 7 8))', { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] }],
		['MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))', { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] }],
		['GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, -1.5 2e1))', { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[0, 0], [-1.5, 20]] }] }]
	])('reads the WKT literal %s', (wkt, geometry) => {
		expect(compile(`S_INTERSECTS(geometry, ${wkt})`).geometries).toEqual([geometry]);
	});

	it.each([
		['', /empty/],
		['area_ha >', /ends where a value/],
		["a = 1", /Unknown property 'a'/],
		['area_ha = 1; DROP TABLE brownfield', /Unexpected character ';'/],
		["area_ha = 1 previous_use", /Unexpected 'previous_use' at position 13/],
		["name = 'unterminated", /Unexpected character '''/],
		["password_hash = 'x'", /Unknown property 'password_hash'/],
		["name LIKE area_ha", /quoted pattern/],
		['area_ha BETWEEN 1 2', /Expected AND/],
		['(area_ha > 1', /Expected '\)'/],
		['S_INTERSECTS(geometry, BBOX(1, 2, 3))', /four numbers \(west, south, east, north\) or six/],
		['S_INTERSECTS(geometry, CIRCLE(1 2))', /BBOX/],
		[Array.from({ length: 11 }, () => 'S_INTERSECTS(geometry, POINT(1 2))').join(' OR '), /At most 10 S_INTERSECTS/],
		['S_INTERSECTS(area_ha, POINT(1 2))', /takes a geometry/],
		['S_INTERSECTS(POINT(1 2), area_ha)', /compares the geometry property with a geometry/],
		['S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 1)))', /must end where it starts/],
		['S_INTERSECTS(geometry, LINESTRING(0 0))', /at least two positions/],
		['S_INTERSECTS(geometry, MULTIPOLYGON((0 0, 1 0, 1 1, 0 0)))', /Expected '\('/],
		["x".repeat(4001), /longer than 4,000/]
	])('rejects %s', (text, message) => {
		expect(() => compile(text)).toThrow(Cql2Error);
		expect(() => compile(text)).toThrow(message);
	});
});
