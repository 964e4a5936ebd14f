/**
 * CQL2-text (OGC 21-065) for `filter-lang=cql2-text`: comparison, AND/OR/NOT, LIKE, IN, BETWEEN, IS NULL and
 * S_INTERSECTS with any WKT geometry literal or BBOX, combined freely. An expression compiles to a PostgreSQL jsonpath over
 * `{p: properties, s: [does the feature intersect geometry i]}` whose values are all variables (bound as one JSON
 * parameter); the geometries are bound as one more, and SQL fills `s` per feature. Property names must be queryables. cql2-wasm, the one CQL2 parser on npm, is a release candidate that
 * accepts trailing text (`a = 1; DROP` parses as `a = 1`), so the parser is here, strict, and tested.
 */
export class Cql2Error extends Error {}

type Token = { kind: 'id' | 'quoted' | 'string' | 'number' | 'op' | 'punct'; text: string; at: number };

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'LIKE', 'IN', 'BETWEEN', 'IS', 'NULL', 'TRUE', 'FALSE']);

function tokenize(input: string): Token[] {
	const tokens: Token[] = [];
	const pattern = /\s+|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_:.]*)|("(?:[^"]|"")*")|('(?:[^']|'')*')|(<>|<=|>=|=|<|>)|([(),])/y;
	let at = 0;
	while (at < input.length) {
		pattern.lastIndex = at;
		const match = pattern.exec(input);
		if (!match) throw new Cql2Error(`Unexpected character '${input[at]}' at position ${at + 1}.`);
		if (match[1] !== undefined) tokens.push({ kind: 'number', text: match[1], at });
		else if (match[2] !== undefined) tokens.push({ kind: 'id', text: match[2], at });
		else if (match[3] !== undefined) tokens.push({ kind: 'quoted', text: match[3].slice(1, -1).replace(/""/g, '"'), at });
		else if (match[4] !== undefined) tokens.push({ kind: 'string', text: match[4].slice(1, -1).replace(/''/g, "'"), at });
		else if (match[5] !== undefined) tokens.push({ kind: 'op', text: match[5], at });
		else if (match[6] !== undefined) tokens.push({ kind: 'punct', text: match[6], at });
		at = pattern.lastIndex;
	}
	return tokens;
}

type Value = string | number | boolean;
type Scalar = { property: string } | { value: Value };

export interface CompiledFilter {
	/** jsonpath predicate over `{p: properties, s: spatial results}`. */
	jsonpath: string;
	vars: Record<string, Value>;
	/** GeoJSON geometries (lon/lat) of the S_INTERSECTS clauses; `$.s[i]` is whether a feature intersects the i-th. */
	geometries: object[];
}

const MAX_SPATIAL_CLAUSES = 10;

export function compileCql2(input: string, queryables: ReadonlySet<string>): CompiledFilter {
	if (input.length > 4000) throw new Cql2Error('The filter is longer than 4,000 characters.');
	const tokens = tokenize(input);
	let index = 0;
	const vars: Record<string, Value> = {};
	const geometries: object[] = [];

	const peek = () => tokens[index];
	const isWord = (word: string) => peek()?.kind === 'id' && peek()!.text.toUpperCase() === word;
	const where = () => (peek() ? `at position ${peek()!.at + 1} ('${peek()!.text.slice(0, 20)}')` : 'at the end');
	const expectPunct = (text: string) => {
		if (peek()?.kind !== 'punct' || peek()!.text !== text) throw new Cql2Error(`Expected '${text}' ${where()}.`);
		index++;
	};
	const expectWord = (word: string) => {
		if (!isWord(word)) throw new Cql2Error(`Expected ${word} ${where()}.`);
		index++;
	};
	const variable = (value: Value) => {
		const name = `v${Object.keys(vars).length}`;
		vars[name] = value;
		return `$${name}`;
	};
	const path = (scalar: Scalar) => ('property' in scalar ? `$.p.${JSON.stringify(scalar.property)}` : variable(scalar.value));

	function number(): number {
		const token = peek();
		if (token?.kind !== 'number') throw new Cql2Error(`Expected a number ${where()}.`);
		index++;
		return Number(token.text);
	}

	function scalar(): Scalar {
		const token = peek();
		if (!token) throw new Cql2Error('The filter ends where a value or property was expected.');
		index++;
		if (token.kind === 'number') return { value: Number(token.text) };
		if (token.kind === 'string') return { value: token.text };
		if (token.kind === 'quoted' || (token.kind === 'id' && !KEYWORDS.has(token.text.toUpperCase()))) {
			if (!queryables.has(token.text)) throw new Cql2Error(`Unknown property '${token.text.slice(0, 40)}'. Queryables: ${[...queryables].join(', ')}.`);
			return { property: token.text };
		}
		if (token.kind === 'id' && (token.text.toUpperCase() === 'TRUE' || token.text.toUpperCase() === 'FALSE')) return { value: token.text.toUpperCase() === 'TRUE' };
		index--;
		throw new Cql2Error(`Expected a value or property ${where()}.`);
	}

	function likePattern(pattern: string): string {
		const regex = pattern.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
		return JSON.stringify(`^${regex}$`);
	}

	type Position = [number, number];
	const isPunct = (text: string) => peek()?.kind === 'punct' && peek()!.text === text;
	/** `(` item `,` item … `)` */
	function list<T>(item: () => T): T[] {
		expectPunct('(');
		const items = [item()];
		while (isPunct(',')) (index++, items.push(item()));
		expectPunct(')');
		return items;
	}
	const position = (): Position => [number(), number()];
	function line(): Position[] {
		const positions = list(position);
		if (positions.length < 2) throw new Cql2Error(`A line needs at least two positions ${where()}.`);
		return positions;
	}
	function ring(): Position[] {
		const positions = list(position);
		const [first, last] = [positions[0]!, positions.at(-1)!];
		if (positions.length < 4 || first[0] !== last[0] || first[1] !== last[1]) throw new Cql2Error(`A polygon ring needs at least four positions and must end where it starts ${where()}.`);
		return positions;
	}
	const polygon = () => list(ring);

	/** A WKT geometry literal (OGC 21-065 allows every simple-features type) or BBOX, as GeoJSON in lon/lat. */
	function geometryLiteral(): object {
		const kind = peek()?.kind === 'id' ? peek()!.text.toUpperCase() : '';
		index++;
		switch (kind) {
			case 'POINT':
				return { type: 'Point', coordinates: list(position)[0] };
			case 'LINESTRING':
				return { type: 'LineString', coordinates: line() };
			case 'POLYGON':
				return { type: 'Polygon', coordinates: polygon() };
			case 'MULTIPOINT':
				// Both MULTIPOINT(1 2, 3 4) and MULTIPOINT((1 2), (3 4)) are WKT.
				return { type: 'MultiPoint', coordinates: list(() => (isPunct('(') ? list(position)[0]! : position())) };
			case 'MULTILINESTRING':
				return { type: 'MultiLineString', coordinates: list(line) };
			case 'MULTIPOLYGON':
				return { type: 'MultiPolygon', coordinates: list(polygon) };
			case 'GEOMETRYCOLLECTION':
				return { type: 'GeometryCollection', geometries: list(geometryLiteral) };
			case 'BBOX': {
				const values = list(number);
				if (values.length !== 4 && values.length !== 6) throw new Cql2Error('BBOX needs four numbers (west, south, east, north) or six with heights.');
				// A 3D box (west, south, low, east, north, high) is matched by its footprint: the layers are 2D.
				const [w, s, e, n] = (values.length === 6 ? [values[0], values[1], values[3], values[4]] : values) as [number, number, number, number];
				return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
			}
			default:
				index--;
				throw new Cql2Error(`S_INTERSECTS takes a geometry: POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION or BBOX ${where()}.`);
		}
	}

	const isGeometryProperty = () => (peek()?.kind === 'id' || peek()?.kind === 'quoted') && ['geometry', 'geom'].includes(peek()!.text.toLowerCase());
	function geometryProperty() {
		if (!isGeometryProperty()) throw new Cql2Error(`S_INTERSECTS compares the geometry property with a geometry ${where()}.`);
		index++;
	}

	/** S_INTERSECTS(geometry, literal) or, as intersection is symmetric, S_INTERSECTS(literal, geometry). */
	function spatial(): string {
		index++;
		expectPunct('(');
		let shape: object;
		if (isGeometryProperty()) {
			index++;
			expectPunct(',');
			shape = geometryLiteral();
		} else {
			shape = geometryLiteral();
			expectPunct(',');
			geometryProperty();
		}
		expectPunct(')');
		if (geometries.length === MAX_SPATIAL_CLAUSES) throw new Cql2Error(`At most ${MAX_SPATIAL_CLAUSES} S_INTERSECTS clauses per filter.`);
		geometries.push(shape);
		return `$.s[${geometries.length - 1}] == true`;
	}

	function predicate(): string {
		if (peek()?.kind === 'punct' && peek()!.text === '(') {
			index++;
			const inner = or();
			expectPunct(')');
			return `(${inner})`;
		}
		if (isWord('S_INTERSECTS')) return spatial();
		const left = scalar();
		const token = peek();
		if (token?.kind === 'op') {
			index++;
			const operator = { '=': '==', '<>': '!=' }[token.text] ?? token.text;
			return `${path(left)} ${operator} ${path(scalar())}`;
		}
		let negated = false;
		if (isWord('NOT')) (index++, (negated = true));
		let test: string;
		if (isWord('LIKE')) {
			index++;
			const pattern = peek();
			if (pattern?.kind !== 'string') throw new Cql2Error(`LIKE needs a quoted pattern ${where()}.`);
			index++;
			test = `${path(left)} like_regex ${likePattern(pattern.text)}`;
		} else if (isWord('IN')) {
			index++;
			expectPunct('(');
			const options = [path(scalar())];
			while (peek()?.text === ',') (index++, options.push(path(scalar())));
			expectPunct(')');
			test = options.map((option) => `${path(left)} == ${option}`).join(' || ');
		} else if (isWord('BETWEEN')) {
			index++;
			const low = scalar();
			expectWord('AND');
			const high = scalar();
			test = `${path(left)} >= ${path(low)} && ${path(left)} <= ${path(high)}`;
		} else if (isWord('IS') && !negated) {
			index++;
			const not = isWord('NOT') ? (index++, true) : false;
			expectWord('NULL');
			return `${path(left)} ${not ? '!=' : '=='} null`;
		} else {
			throw new Cql2Error(`Expected a comparison, LIKE, IN, BETWEEN or IS NULL ${where()}.`);
		}
		return negated ? `!(${test})` : `(${test})`;
	}

	function not(): string {
		if (isWord('NOT')) {
			index++;
			return `!(${not()})`;
		}
		return predicate();
	}

	function and(): string {
		let left = not();
		while (isWord('AND')) (index++, (left = `${left} && ${not()}`));
		return left;
	}

	function or(): string {
		let left = and();
		while (isWord('OR')) (index++, (left = `${left} || ${and()}`));
		return left;
	}

	if (tokens.length === 0) throw new Cql2Error('The filter is empty.');
	const expression = or();
	if (index < tokens.length) throw new Cql2Error(`Unexpected '${tokens[index]!.text.slice(0, 20)}' at position ${tokens[index]!.at + 1}: the expression ended before it.`);
	return { jsonpath: expression, vars, geometries };
}
