import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as client from 'openid-client';
import type { Role } from '$lib/auth/roles';
import { db } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { env } from '../env';
import { publicOrigin } from '../http';
import { AccountError, createAccount, setRoles } from './accounts';
import { recordAudit } from './audit';
import { safeNext, setSessionCookie } from './cookies';
import { sessionLifetime } from './guard';
import { claimAt, rolesFromClaim, usernameFromClaims } from './oidc-claims';
import { createSession, endSession, SESSION_COOKIE } from './sessions';

/** Holds PKCE verifier, state and nonce between the redirect to the provider and its answer. */
const FLOW_COOKIE = 'atlas_oidc';

export const oidcConfigured = (): boolean => Boolean(env().ATLAS_OIDC_ISSUER);

let configuration: Promise<client.Configuration> | undefined;

/** Discovered once; a failed discovery (provider down) is retried on the next login. */
function providerConfiguration(): Promise<client.Configuration> {
	const { ATLAS_OIDC_ISSUER, ATLAS_OIDC_CLIENT_ID, ATLAS_OIDC_CLIENT_SECRET } = env();
	const issuer = new URL(ATLAS_OIDC_ISSUER!);
	// Plain HTTP only for a provider on this machine (development, tests); anything else must be HTTPS.
	const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
	configuration ??= client
		.discovery(issuer, ATLAS_OIDC_CLIENT_ID!, ATLAS_OIDC_CLIENT_SECRET!, undefined, local ? { execute: [client.allowInsecureRequests] } : {})
		.catch((error) => {
			configuration = undefined;
			throw error;
		});
	return configuration;
}

const callbackUrl = (request: Request) => `${publicOrigin(request)}/auth/oidc/callback`;

/** `GET /auth/oidc`: sends the browser to the provider with PKCE, state and nonce. */
export async function oidcStart(event: RequestEvent): Promise<never> {
	if (!oidcConfigured()) redirect(303, '/login');
	const config = await providerConfiguration().catch(() => redirect(303, `/login?oidc_error=${encodeURIComponent('the sign-in provider is not reachable')}`));
	const flow = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), next: safeNext(event.url.searchParams.get('next')) };
	event.cookies.set(FLOW_COOKIE, JSON.stringify(flow), { path: '/auth/oidc', httpOnly: true, sameSite: 'lax', secure: publicOrigin(event.request).startsWith('https:'), maxAge: 600 });
	const target = client.buildAuthorizationUrl(config, {
		redirect_uri: callbackUrl(event.request),
		scope: 'openid profile email',
		code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
		code_challenge_method: 'S256',
		state: flow.state,
		nonce: flow.nonce
	});
	redirect(303, target.href);
}

/** `GET /auth/oidc/callback`: finishes the code flow, links or creates the account, syncs its roles, signs in. */
export async function oidcCallback(event: RequestEvent): Promise<never> {
	const failed = (reason: string) => redirect(303, `/login?oidc_error=${encodeURIComponent(reason)}`);
	const stored = event.cookies.get(FLOW_COOKIE);
	event.cookies.delete(FLOW_COOKIE, { path: '/auth/oidc' });
	if (!oidcConfigured() || !stored) failed('the sign-in took too long or was started elsewhere; start it again');
	const flow = JSON.parse(stored!) as { verifier: string; state: string; nonce: string; next: string };

	let claims: Record<string, unknown>;
	try {
		const config = await providerConfiguration();
		const current = new URL(event.url.pathname + event.url.search, publicOrigin(event.request));
		const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce });
		claims = tokens.claims() ?? {};
	} catch (error) {
		console.warn(`oidc: sign-in refused: ${(error as Error).message}`);
		return failed('the provider’s answer could not be verified');
	}

	const { ATLAS_OIDC_ROLES_CLAIM, ATLAS_OIDC_ROLE_MAP } = env();
	const roles = rolesFromClaim(claimAt(claims, ATLAS_OIDC_ROLES_CLAIM), ATLAS_OIDC_ROLE_MAP);
	const account = await linkAccount(`${claims.iss} ${claims.sub}`, claims, roles, event.locals.clientAddress).catch((error) =>
		error instanceof AccountError ? failed(error.message) : Promise.reject(error)
	);
	if (account.disabled) failed('this account is disabled');

	const lifetime = sessionLifetime();
	await endSession(db(), event.cookies.get(SESSION_COOKIE));
	const token = await createSession(db(), account.id, { ip: event.locals.clientAddress, userAgent: event.request.headers.get('user-agent') }, lifetime);
	await recordAudit(db(), { actor: account.username, action: 'login', target: account.username, ip: event.locals.clientAddress, details: { method: 'oidc', roles } });
	setSessionCookie(event.cookies, event.request, token, lifetime);
	redirect(303, flow.next);
}

/** The provider is the source of truth for roles: every sign-in brings the account's roles in line with the claim. */
async function linkAccount(subject: string, claims: Record<string, unknown>, roles: Role[], ip: string) {
	const actor = { name: 'oidc', ip };
	const { rows } = await db().query<{ id: number; username: string; disabled: boolean; roles: Role[] }>(sqlFile('sql/queries/oidc_account.sql'), [subject]);
	const existing = rows[0];
	if (!existing) {
		const username = usernameFromClaims(claims);
		const displayName = typeof claims.name === 'string' ? claims.name : username;
		const id = await createAccount(db(), { username, displayName, oidcSubject: subject, roles }, actor).catch((error) => {
			if (error instanceof AccountError) throw new AccountError(`the username ${username} belongs to a local account; ask an administrator to rename one`);
			throw error;
		});
		return { id, username, disabled: false };
	}
	if (existing.roles.join() !== roles.join()) await setRoles(db(), existing.username, roles, actor);
	return existing;
}
