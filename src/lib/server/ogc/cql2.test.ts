import { describe, expect, it } from 'vitest';
import { compileCql2, Cql2Error } from './cql2';

const QUERYABLES = new Set(['name', 'area_ha', 'previous_use', 'public', 'municipality', 'kod_obec']);
const compile = (text: string) => compileCql2(text, QUERYABLES);

describe('CQL2-text', () => {
	it.each([
		["area_ha > 3", '$."area_ha" > $v0', { v0: 3 }],
		["area_ha >= 2.5 AND previous_use = 'industrial'", '$."area_ha" >= $v0 && $."previous_use" == $v1', { v0: 2.5, v1: 'industrial' }],
		["previous_use <> 'civic' OR NOT public = true", '$."previous_use" != $v0 || !($."public" == $v1)', { v0: 'civic', v1: true }],
		["previous_use IN ('industrial', 'military')", '($."previous_use" == $v0 || $."previous_use" == $v1)', { v0: 'industrial', v1: 'military' }],
		["previous_use NOT IN ('other')", '!($."previous_use" == $v0)', { v0: 'other' }],
		['area_ha BETWEEN 1 AND 2', '($."area_ha" >= $v0 && $."area_ha" <= $v1)', { v0: 1, v1: 2 }],
		["name LIKE 'Bývalý%'", '($."name" like_regex "^Bývalý.*$")', {}],
		["name LIKE 'a.b_c'", '($."name" like_regex "^a\\\\.b.c$")', {}],
		['municipality IS NULL', '$."municipality" == null', {}],
		['"kod_obec" = 554804', '$."kod_obec" == $v0', { v0: 554804 }],
		['(area_ha < 1 OR area_ha > 10) AND public = TRUE', '($."area_ha" < $v0 || $."area_ha" > $v1) && $."public" == $v2', { v0: 1, v1: 10, v2: true }],
		["name = 'O''Brien'", '$."name" == $v0', { v0: "O'Brien" }]
	])('%s', (text, jsonpath, vars) => {
		expect(compile(text)).toEqual({ jsonpath, vars, geometry: null });
	});

	it('turns S_INTERSECTS into a geometry to intersect', () => {
		expect(compile('S_INTERSECTS(geometry, BBOX(13.9, 50.6, 14.1, 50.7)) AND area_ha > 1')).toEqual({
			jsonpath: '1 == 1 && $."area_ha" > $v0',
			vars: { v0: 1 },
			geometry: { type: 'Polygon', coordinates: [[[13.9, 50.6], [14.1, 50.6], [14.1, 50.7], [13.9, 50.7], [13.9, 50.6]]] }
		});
		expect(compile('S_INTERSECTS(geometry, POLYGON((14 50, 15 50, 15 51, 14 50)))').geometry).toEqual({ type: 'Polygon', coordinates: [[[14, 50], [15, 50], [15, 51], [14, 50]]] });
		expect(compile('S_INTERSECTS(geometry, POINT(14.03 50.66))')).toEqual({ jsonpath: null, vars: {}, geometry: { type: 'Point', coordinates: [14.03, 50.66] } });
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
		['S_INTERSECTS(geometry, BBOX(1, 2, 3))', /four numbers/],
		['S_INTERSECTS(geometry, CIRCLE(1 2))', /BBOX/],
		['NOT S_INTERSECTS(geometry, POINT(1 2))', /cannot be negated/],
		['S_INTERSECTS(geometry, POINT(1 2)) OR area_ha > 1', /only be combined with AND/],
		["x".repeat(4001), /longer than 4,000/]
	])('rejects %s', (text, message) => {
		expect(() => compile(text)).toThrow(Cql2Error);
		expect(() => compile(text)).toThrow(message);
	});
});
