import AxeBuilder from '@axe-core/playwright';
import { request as playwrightRequest } from '@playwright/test';
import { ROLES, type Role } from '../../src/lib/auth/roles';
import { ROUTE_POLICIES } from '../../src/lib/server/auth/policy';
import { signIn, signInWithPage, testAccount, type TestAccount } from './auth-helpers';
import { expect, test } from './fixtures';

/** Every role-protected page route of the policy table, with a role that may and one that may not. */
const protectedRoutes = Object.entries(ROUTE_POLICIES).flatMap(([id, methods]) => {
	const access = methods.GET?.access;
	return access && (access.who === 'role' || access.who === 'signed-in') && !id.includes('[') ? [{ id, access }] : [];
});

test.describe('protected routes', () => {
	const accounts = {} as Record<Role, TestAccount>;
	let planner: TestAccount;
	let admin: TestAccount;
	test.beforeAll(async () => {
		for (const role of ROLES) accounts[role] = await testAccount([role]);
		({ planner, admin } = accounts);
	});

	test('the walk covers the administration, account and flood-watch pages and APIs', () => {
		expect(protectedRoutes.map((route) => route.id).sort()).toEqual(['/account', '/admin', '/admin/audit', '/admin/keys', '/admin/users', '/api/flood/alerts', '/flood', '/flood/notifications']);
	});

	for (const route of protectedRoutes) {
		test(`GET ${route.id}: anonymous → login, wrong role → 403, right role → 200`, async ({ request, extraHTTPHeaders }) => {
			const anonymous = await request.get(route.id, { maxRedirects: 0, headers: { Accept: 'text/html' } });
			if (route.id.startsWith('/api/')) {
				expect(anonymous.status()).toBe(401);
				expect((await anonymous.json()).error.message).toContain('Sign in');
			} else {
				expect(anonymous.status()).toBe(303);
				expect(anonymous.headers().location).toBe(`/login?next=${encodeURIComponent(route.id)}`);
			}

			const as = async (account: TestAccount) => {
				const context = await playwrightRequest.newContext({ baseURL: 'http://127.0.0.1:4173', extraHTTPHeaders });
				expect((await signIn(context, account)).status()).toBe(303);
				const response = await context.get(route.id, { maxRedirects: 0, headers: { Accept: 'text/html' } });
				const result = { status: response.status(), body: await response.text() };
				await context.dispose();
				return result;
			};
			const allowed = route.access.who === 'role' ? route.access.roles : ROLES;
			const other = ROLES.find((role) => !allowed.includes(role));
			if (other) {
				const wrong = await as(accounts[other]);
				expect(wrong.status).toBe(403);
				expect(wrong.body).toContain(route.id.startsWith('/api/') ? 'does not have the role' : 'Přístup odepřen');
			}
			const right = await as(accounts[allowed[0]!]);
			expect(right.status).toBe(200);
			expect(right.body).toContain(route.id.startsWith('/api/') ? '{' : '<h1>');
		});
	}

	test('a form action of an admin page refuses a planner', async ({ request }) => {
		await signIn(request, planner);
		const response = await request.post('/admin/users?/create', {
			form: { username: 'should-not-exist', roles: 'admin' },
			headers: { Origin: 'http://127.0.0.1:4173', Accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(403);
	});

	test('device routes refuse callers without a key, whatever their account', async ({ request }) => {
		await signIn(request, admin);
		for (const path of ['/api/observations', '/api/chirpstack?event=up']) {
			const response = await request.post(path, { data: [] });
			expect(response.status()).toBe(401);
			expect(response.headers()['www-authenticate']).toContain('Bearer');
		}
	});

	test('a method no route declares is refused', async ({ request }) => {
		const response = await request.delete('/api/search?q=most');
		expect(response.status()).toBe(405);
		expect((await response.json()).error.message).toContain('DELETE');
	});
});

test('axe finds no serious or critical violation on the sign-in and administration pages', async ({ page }) => {
	const check = async (path: string) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
		expect(serious.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	};
	await check('/login');
	await signInWithPage(page, await testAccount(['admin']));
	for (const path of ['/admin', '/admin/users', '/admin/keys', '/admin/audit?lang=de', '/account?lang=en']) await check(path);
});
