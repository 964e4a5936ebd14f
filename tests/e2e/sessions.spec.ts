import { request as playwrightRequest } from '@playwright/test';
import { ORIGIN, sessionCookie, signIn, signInWithPage, testAccount } from './auth-helpers';
import { expect, test } from './fixtures';
import { withTestDatabase } from './telemetry-helpers';

const html = { Accept: 'text/html' };
const signedInAs = async (request: import('@playwright/test').APIRequestContext) => {
	const response = await request.get('/account', { maxRedirects: 0, headers: html });
	return response.status() === 200 ? (await response.text()).match(/<dd>([^<]+)<\/dd>/)?.[1] : undefined;
};

test('the session cookie is HttpOnly, SameSite=Lax, and not Secure on plain HTTP', async ({ request }) => {
	const account = await testAccount(['planner']);
	const response = await signIn(request, account);
	expect(response.status()).toBe(303);
	const cookie = response.headersArray().find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('atlas_session='))!.value;
	expect(cookie).toMatch(/HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
	expect(cookie).not.toMatch(/Secure/i);
	expect(await signedInAs(request)).toBe(account.username);
});

test('session fixation: a token planted before sign-in is never the signed-in session', async ({ browser, request, extraHTTPHeaders }) => {
	// The attacker holds a real session of their own and plants its token in the victim's browser.
	const attacker = await testAccount([]);
	await signIn(request, attacker);
	const planted = (await sessionCookie(request))!;

	const victim = await testAccount(['admin']);
	const context = await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
	await context.addCookies([{ name: 'atlas_session', value: planted, url: ORIGIN, httpOnly: true, sameSite: 'Lax' }]);
	const page = await context.newPage();
	await signInWithPage(page, victim);
	const after = (await context.cookies()).find((cookie) => cookie.name === 'atlas_session')!.value;
	expect(after).not.toBe(planted);
	await context.close();

	// The planted token opens nothing any more, least of all the victim's account.
	expect(await signedInAs(request)).toBeUndefined();
});

test('an expired session is treated as signed out', async ({ request }) => {
	const account = await testAccount(['planner']);
	await signIn(request, account);
	expect(await signedInAs(request)).toBe(account.username);
	await withTestDatabase((client) =>
		client.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE username = $1)", [account.username])
	);
	expect(await signedInAs(request)).toBeUndefined();
	expect((await request.get('/admin', { maxRedirects: 0, headers: html })).headers().location).toBe('/login?next=%2Fadmin');
});

test('an idle session is treated as signed out', async ({ request }) => {
	const account = await testAccount(['planner']);
	await signIn(request, account);
	await withTestDatabase((client) =>
		client.query("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM app_user WHERE username = $1)", [account.username])
	);
	expect(await signedInAs(request)).toBeUndefined();
});

test('logout ends the session on the server, not only in the browser', async ({ request, extraHTTPHeaders }) => {
	const account = await testAccount(['planner']);
	await signIn(request, account);
	const token = (await sessionCookie(request))!;
	const response = await request.post('/logout', { headers: { Origin: ORIGIN }, maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(await sessionCookie(request)).toBeUndefined();

	const replay = await playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { ...extraHTTPHeaders, Cookie: `atlas_session=${token}` } });
	expect(await signedInAs(replay)).toBeUndefined();
	await replay.dispose();
});

test('sign out everywhere ends the sessions of every device', async ({ request, extraHTTPHeaders }) => {
	const account = await testAccount(['flood_operator']);
	const other = await playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
	await signIn(request, account);
	await signIn(other, account);
	expect(await signedInAs(other)).toBe(account.username);
	const response = await request.post('/account?/everywhere', { form: {}, headers: { Origin: ORIGIN, ...html }, maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(await signedInAs(other)).toBeUndefined();
	expect(await signedInAs(request)).toBeUndefined();
	await other.dispose();
});

test('the 6th wrong password within a minute is refused with 429 and Retry-After, even if right', async ({ request }) => {
	const account = await testAccount(['planner']);
	for (let attempt = 1; attempt <= 5; attempt++) {
		const response = await signIn(request, { ...account, password: `wrong password ${attempt}` });
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Uživatelské jméno nebo heslo nesouhlasí.');
	}
	const sixth = await signIn(request, account);
	expect(sixth.status()).toBe(429);
	expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await sixth.text()).toContain('Příliš mnoho neúspěšných pokusů');
	expect(await sessionCookie(request)).toBeUndefined();
});

test('a form post from another origin is refused (CSRF)', async ({ request }) => {
	const account = await testAccount(['planner']);
	const response = await request.post('/login', { form: { ...account }, headers: { Origin: 'https://evil.example', ...html }, maxRedirects: 0 });
	expect(response.status()).toBe(403);
	expect(await sessionCookie(request)).toBeUndefined();
});

test('sign-in returns only to paths on this site', async ({ request }) => {
	const account = await testAccount(['planner']);
	for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
		const response = await signIn(request, account, next);
		expect(response.headers().location).toBe('/');
	}
	expect((await signIn(request, account, '/admin/audit?action=login')).headers().location).toBe('/admin/audit?action=login');
});

test('an administrator creates an account that can then sign in, and the audit trail shows both', async ({ page, extraHTTPHeaders }) => {
	const admin = await testAccount(['admin']);
	await signInWithPage(page, admin);
	await page.goto('/admin/users?lang=en');
	const username = `made-in-ui-${Date.now().toString(36)}`;
	await page.getByLabel('Username').fill(username);
	await page.locator('form[action^="?/create"]').getByLabel('planner').check();
	await page.getByRole('button', { name: 'New account' }).click();
	const password = (await page.getByTestId('new-password').textContent())!;
	expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
	const row = page.locator(`tr[data-username="${username}"]`);
	await expect(row.getByLabel('planner')).toBeChecked();
	await expect(row.getByLabel('administrator')).not.toBeChecked();

	const created = await playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders });
	expect((await signIn(created, { username, password })).status()).toBe(303);
	await created.dispose();

	await page.goto(`/admin/audit?lang=en&target=${username}`);
	await expect(page.locator('tbody tr')).toHaveCount(2);
	await expect(page.locator('tbody tr[data-action="login"]')).toContainText(username);
	await expect(page.locator('tbody tr[data-action="user.create"]')).toContainText(admin.username);
});

test('the sign-in page a protected page sends you to speaks the language you were reading in', async ({ page, request }) => {
	expect((await request.get('/flood?lang=en', { maxRedirects: 0, headers: html })).headers().location).toBe('/login?next=%2Fflood%3Flang%3Den&lang=en');
	await page.goto('/flood?lang=de');
	await expect(page).toHaveURL(/\/login\?next=%2Fflood%3Flang%3Dde&lang=de$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Přihlášení');
});

test('what someone types before the scripts have loaded (a slow connection) is kept, and signing in works', async ({ page }) => {
	const account = await testAccount(['planner']);
	let scriptsLoaded = false;
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		await route.continue();
		scriptsLoaded = true;
	});
	await page.goto('/login?lang=en', { waitUntil: 'commit' });
	await page.getByLabel('Username').fill(account.username);
	await page.getByLabel('Password').fill(account.password);
	await expect.poll(() => scriptsLoaded, { timeout: 10_000 }).toBe(true);
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Username')).toHaveValue(account.username);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
});
