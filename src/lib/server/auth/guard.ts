import { error, redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { db } from '../db/pool';
import { env } from '../env';
import { jsonError } from '../http';
import { keyOf, verifyDeviceKey } from '../telemetry/keys';
import { forbiddenPage } from './forbidden-page';
import { decide, policyFor } from './policy';
import { RateLimiter } from './rate-limit';
import { SESSION_COOKIE, sessionUser, type SessionLifetime } from './sessions';

export function sessionLifetime(): SessionLifetime {
	return { idleMinutes: env().ATLAS_SESSION_IDLE_MINUTES, maxHours: env().ATLAS_SESSION_MAX_HOURS };
}

let limiter: RateLimiter | undefined;

/** Machine clients get JSON errors; people get the login page or an error page. */
const isApi = (routeId: string) => routeId.startsWith('/api/') || routeId.startsWith('/tiles') || routeId.startsWith('/ogc');

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return '0.0.0.0';
	}
}

/**
 * Enforces ROUTE_POLICIES for every request before its handler runs: who is asking (session cookie or device
 * key), whether their bucket has a token, whether the route lets them in.
 */
export const guard: Handle = async ({ event, resolve }) => {
	event.locals.clientAddress = clientAddress(event);
	try {
		event.locals.user = await sessionUser(db(), event.cookies.get(SESSION_COOKIE), sessionLifetime());
	} catch (error) {
		return databaseUnavailable(error);
	}
	const routeId = event.route.id;
	if (routeId === null) return resolve(event);

	const policy = policyFor(routeId, event.request.method);
	if (!policy) {
		const response = jsonError(405, `${event.request.method} is not supported here.`);
		response.headers.set('Allow', 'GET, HEAD');
		return response;
	}

	limiter ??= new RateLimiter(env().ATLAS_RATE_LIMIT_FACTOR);
	const rate = limiter.take(policy.rate, event.locals.clientAddress);
	if (!rate.ok) {
		const response = jsonError(429, `Too many requests from your address. Wait ${rate.retryAfterSeconds} s and try again.`, { retryAfterSeconds: rate.retryAfterSeconds });
		response.headers.set('Retry-After', String(rate.retryAfterSeconds));
		return response;
	}

	if (policy.access.who === 'device') {
		try {
			event.locals.device = await verifyDeviceKey(db(), keyOf(event.request));
		} catch (error) {
			return databaseUnavailable(error);
		}
		if (!event.locals.device) return deviceKeyRequired();
	}

	const decision = decide(policy.access, event.locals.user?.roles);
	if (decision === 'allow') return resolve(event);
	if (isApi(routeId)) {
		return decision === 'unauthenticated' ? jsonError(401, 'Sign in first: this needs an account.') : jsonError(403, 'Your account does not have the role this needs.');
	}
	// The sign-in page speaks the language the person was reading in.
	const lang = event.url.searchParams.get('lang');
	const login = `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}${isLocale(lang) ? `&lang=${lang}` : ''}`;
	// SvelteKit's client expects its own JSON for data and form-action requests, which it builds from a throw.
	if (event.isDataRequest || event.request.headers.get('x-sveltekit-action') === 'true') {
		if (decision === 'unauthenticated') redirect(303, login);
		error(403, FORBIDDEN_MESSAGE);
	}
	if (decision === 'unauthenticated') return new Response(null, { status: 303, headers: { Location: login } });
	return forbiddenPage(event.url.searchParams.get('lang'));
};

const FORBIDDEN_MESSAGE = 'Your account does not have the role this page needs. Ask an administrator, or sign in with another account.';

/** Who is asking cannot be known while the database is away; devices retry a 503, people reload. */
function databaseUnavailable(error: unknown): Response {
	console.warn(`access: database unavailable (${(error as Error).message})`);
	const response = jsonError(503, 'The service cannot check your access right now because its database is unavailable. Retry in a few seconds.');
	response.headers.set('Retry-After', '5');
	return response;
}

function deviceKeyRequired(): Response {
	const response = jsonError(401, 'A valid device key is required: Authorization: Bearer ra_… (an administrator creates one under /admin/keys or with npm run keys -- create).');
	response.headers.set('WWW-Authenticate', 'Bearer realm="region-atlas ingest"');
	return response;
}
