import type { Role } from '$lib/auth/roles';

/**
 * Who may call what: every route and method of the app, in one table that `hooks.server.ts` enforces before any
 * handler runs. A route or method missing here is refused (and `policy.test.ts` fails), so nothing is open by
 * accident.
 */
export type Access =
	| { who: 'anyone' }
	| { who: 'signed-in' }
	| { who: 'role'; roles: readonly Role[] }
	/** An ingest device with a valid API key (Authorization: Bearer ra_…). */
	| { who: 'device' };

/** Token buckets per client address (see rate-limit.ts); `none` for callers that authenticate first. */
export type RateClass = 'tiles' | 'api' | 'stream' | 'login' | 'none';

export interface MethodPolicy {
	access: Access;
	rate: RateClass;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const anyone = (rate: RateClass): MethodPolicy => ({ access: { who: 'anyone' }, rate });
const signedIn: MethodPolicy = { access: { who: 'signed-in' }, rate: 'none' };
const roles = (...allowed: Role[]): MethodPolicy => ({ access: { who: 'role', roles: allowed }, rate: 'none' });
const device: MethodPolicy = { access: { who: 'device' }, rate: 'none' };

/** Keyed by SvelteKit route id. Pages list GET, and POST when they have form actions. */
export const ROUTE_POLICIES: Readonly<Record<string, Partial<Record<Method, MethodPolicy>>>> = {
	'/': { GET: anyone('api') },
	'/login': { GET: anyone('api'), POST: anyone('login') },
	'/logout': { POST: anyone('api') },
	'/account': { GET: signedIn, POST: signedIn },
	'/auth/oidc': { GET: anyone('login') },
	'/auth/oidc/callback': { GET: anyone('login') },
	'/admin': { GET: roles('admin') },
	'/admin/users': { GET: roles('admin'), POST: roles('admin') },
	'/admin/keys': { GET: roles('admin'), POST: roles('admin') },
	'/admin/audit': { GET: roles('admin') },
	'/flood': { GET: roles('flood_operator', 'planner') },
	'/flood/notifications': { GET: roles('flood_operator'), POST: roles('flood_operator') },
	'/flood/gauges/[id]': { GET: roles('flood_operator', 'planner'), POST: roles('flood_operator') },
	'/api/flood/alerts': { GET: roles('flood_operator', 'planner') },
	'/api/flood/alerts/[id]/acknowledge': { POST: roles('flood_operator') },
	'/api/flood/notes': { POST: roles('flood_operator') },
	'/api/public/flood-status': { GET: anyone('api') },
	'/brownfields': { GET: anyone('api') },
	'/brownfields/compare': { GET: anyone('api') },
	'/brownfields/[id]/sheet': { GET: anyone('api') },
	'/api/brownfields': { GET: anyone('api') },
	'/api/brownfields/summary': { GET: anyone('api') },
	'/api/brownfields/export.[format]': { GET: anyone('api') },
	'/kiosk': { GET: anyone('api') },
	'/kiosk/[location]': { GET: anyone('api') },
	'/api/captive-portal': { GET: anyone('api') },
	'/api/health': { GET: anyone('none') },
	'/api/search': { GET: anyone('api') },
	'/api/features/[layer]/[id]': { GET: anyone('api') },
	'/api/indicators': { GET: anyone('api') },
	'/api/indicators/[id]/values': { GET: anyone('api') },
	'/api/datastreams': { GET: anyone('api') },
	'/api/datastreams/[id]/observations': { GET: anyone('api') },
	'/api/stream': { GET: anyone('stream') },
	'/api/observations': { POST: device },
	'/api/chirpstack': { POST: device },
	'/ogc': { GET: anyone('api') },
	'/ogc/conformance': { GET: anyone('api') },
	'/ogc/collections': { GET: anyone('api') },
	'/ogc/collections/[collectionId]': { GET: anyone('api') },
	'/ogc/collections/[collectionId]/queryables': { GET: anyone('api') },
	'/ogc/collections/[collectionId]/items': { GET: anyone('api') },
	'/ogc/collections/[collectionId]/items/[featureId]': { GET: anyone('api') },
	'/tiles': { GET: anyone('api') },
	'/tiles/[layers].json': { GET: anyone('api') },
	'/tiles/[layers]/[z]/[x]/[y].mvt': { GET: anyone('tiles') }
};

/** HEAD is answered like GET. */
export function policyFor(routeId: string, method: string): MethodPolicy | undefined {
	const normalised = (method === 'HEAD' ? 'GET' : method) as Method;
	return ROUTE_POLICIES[routeId]?.[normalised];
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

export function decide(access: Access, userRoles: readonly Role[] | undefined): Decision {
	switch (access.who) {
		case 'anyone':
		case 'device':
			return 'allow';
		case 'signed-in':
			return userRoles ? 'allow' : 'unauthenticated';
		case 'role':
			if (!userRoles) return 'unauthenticated';
			return access.roles.some((role) => userRoles.includes(role)) ? 'allow' : 'forbidden';
	}
}
