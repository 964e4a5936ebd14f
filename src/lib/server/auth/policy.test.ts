import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, policyFor, ROUTE_POLICIES, type Method } from './policy';

const routesDir = join(process.cwd(), 'src', 'routes');

/** Every route of the app and the methods it answers, read from the route files themselves. */
function discoverRoutes(): Map<string, Set<Method>> {
	const routes = new Map<string, Set<Method>>();
	const add = (file: string, methods: Method[]) => {
		const id = `/${relative(routesDir, dirname(file)).split(sep).join('/')}`.replace(/\/$/, '') || '/';
		const set = routes.get(id) ?? new Set<Method>();
		for (const method of methods) set.add(method);
		routes.set(id, set);
	};
	for (const entry of readdirSync(routesDir, { recursive: true, encoding: 'utf8' })) {
		const file = join(routesDir, entry);
		const name = entry.split(sep).at(-1);
		if (name === '+server.ts') {
			const source = readFileSync(file, 'utf8');
			const exported = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|fallback)\b/g)].map((match) => match[1] as Method);
			add(file, exported);
		} else if (name === '+page.svelte') {
			add(file, ['GET']);
		} else if (name === '+page.server.ts' && /export\s+const\s+actions\b/.test(readFileSync(file, 'utf8'))) {
			add(file, ['GET', 'POST']);
		}
	}
	return routes;
}

describe('route policies', () => {
	const routes = discoverRoutes();

	it('finds the routes (the walk itself works)', () => {
		expect(routes.get('/tiles/[layers]/[z]/[x]/[y].mvt')).toEqual(new Set(['GET']));
		expect(routes.get('/admin/users')).toEqual(new Set(['GET', 'POST']));
		expect(routes.size).toBeGreaterThan(15);
	});

	it('declares a policy for every route and method the app answers', () => {
		const undeclared = [...routes].flatMap(([id, methods]) => [...methods].filter((method) => !policyFor(id, method)).map((method) => `${method} ${id}`));
		expect(undeclared).toEqual([]);
	});

	it('declares no policy for a route or method that does not exist', () => {
		const stale = Object.entries(ROUTE_POLICIES).flatMap(([id, methods]) =>
			Object.keys(methods)
				.filter((method) => !routes.get(id)?.has(method as Method))
				.map((method) => `${method} ${id}`)
		);
		expect(stale).toEqual([]);
	});

	it('keeps administration for admins and writes for devices', () => {
		for (const [id, methods] of Object.entries(ROUTE_POLICIES)) {
			for (const policy of Object.values(methods)) {
				if (id.startsWith('/admin')) expect(policy.access, id).toEqual({ who: 'role', roles: ['admin'] });
				if (id === '/api/observations' || id === '/api/chirpstack') expect(policy.access, id).toEqual({ who: 'device' });
			}
		}
	});

	it('answers HEAD like GET', () => {
		expect(policyFor('/api/search', 'HEAD')).toBe(policyFor('/api/search', 'GET'));
		expect(policyFor('/api/search', 'DELETE')).toBeUndefined();
	});
});

describe('decide', () => {
	const admin = { who: 'role', roles: ['admin'] } as const;
	it('separates anonymous, wrong role and right role', () => {
		expect(decide(admin, undefined)).toBe('unauthenticated');
		expect(decide(admin, ['planner'])).toBe('forbidden');
		expect(decide(admin, ['planner', 'admin'])).toBe('allow');
		expect(decide({ who: 'signed-in' }, [])).toBe('allow');
		expect(decide({ who: 'signed-in' }, undefined)).toBe('unauthenticated');
		expect(decide({ who: 'anyone' }, undefined)).toBe('allow');
	});
});
