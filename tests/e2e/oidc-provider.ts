import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const OIDC_PORT = 4180;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: 'region-atlas', secret: 'e2e-client-secret' };

export interface Identity {
	sub: string;
	preferred_username: string;
	name: string;
	roles: string[];
}

/**
 * A minimal OpenID Connect provider for the tests (the region's Keycloak stands here): discovery, an authorization
 * endpoint that signs in `identity` at once, a token endpoint that checks the client secret and PKCE, and JWKS.
 */
export async function startProvider(identity: () => Identity): Promise<Server> {
	const { privateKey, publicKey } = await generateKeyPair('RS256');
	const jwk = { ...(await exportJWK(publicKey)), kid: 'e2e', alg: 'RS256', use: 'sig' };
	const grants = new Map<string, { nonce: string; challenge: string; redirectUri: string; identity: Identity }>();

	const server = createServer(async (request, response) => {
		const url = new URL(request.url!, OIDC_ISSUER);
		const json = (status: number, body: unknown) => response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
		if (url.pathname === '/.well-known/openid-configuration') {
			return json(200, {
				issuer: OIDC_ISSUER,
				authorization_endpoint: `${OIDC_ISSUER}/authorize`,
				token_endpoint: `${OIDC_ISSUER}/token`,
				jwks_uri: `${OIDC_ISSUER}/jwks`,
				response_types_supported: ['code'],
				subject_types_supported: ['public'],
				id_token_signing_alg_values_supported: ['RS256'],
				code_challenge_methods_supported: ['S256'],
				token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post']
			});
		}
		if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
		if (url.pathname === '/authorize') {
			const code = randomUUID();
			const redirectUri = url.searchParams.get('redirect_uri')!;
			grants.set(code, { nonce: url.searchParams.get('nonce')!, challenge: url.searchParams.get('code_challenge')!, redirectUri, identity: identity() });
			const back = new URL(redirectUri);
			back.searchParams.set('code', code);
			back.searchParams.set('state', url.searchParams.get('state')!);
			return response.writeHead(302, { Location: back.href }).end();
		}
		if (url.pathname === '/token' && request.method === 'POST') {
			let raw = '';
			for await (const chunk of request) raw += chunk;
			const form = new URLSearchParams(raw);
			const expectedAuth = `Basic ${Buffer.from(`${encodeURIComponent(OIDC_CLIENT.id)}:${encodeURIComponent(OIDC_CLIENT.secret)}`).toString('base64')}`;
			const postedSecret = form.get('client_id') === OIDC_CLIENT.id && form.get('client_secret') === OIDC_CLIENT.secret;
			if (request.headers.authorization !== expectedAuth && !postedSecret) return json(401, { error: 'invalid_client' });
			const grant = grants.get(form.get('code') ?? '');
			grants.delete(form.get('code') ?? '');
			const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
			if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) return json(400, { error: 'invalid_grant' });
			const { roles, ...claims } = grant.identity;
			const idToken = await new SignJWT({ ...claims, nonce: grant.nonce, realm_access: { roles } })
				.setProtectedHeader({ alg: 'RS256', kid: 'e2e' })
				.setIssuer(OIDC_ISSUER)
				.setAudience(OIDC_CLIENT.id)
				.setSubject(claims.sub)
				.setIssuedAt()
				.setExpirationTime('5m')
				.sign(privateKey);
			return json(200, { access_token: randomUUID(), token_type: 'Bearer', expires_in: 300, id_token: idToken });
		}
		json(404, { error: 'not_found' });
	});
	await new Promise<void>((resolve) => server.listen(OIDC_PORT, '127.0.0.1', resolve));
	return server;
}
