import type { Server } from 'node:http';
import { expect, test } from './fixtures';
import { startProvider, type Identity } from './oidc-provider';

let provider: Server;
let identity: Identity;

test.beforeAll(async () => {
	provider = await startProvider(() => identity);
});
test.afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

test('signing in with the regional SSO creates the account, maps roles from the claim and keeps them in sync', async ({ page }) => {
	const sub = `kc-${Date.now().toString(36)}`;
	identity = { sub, preferred_username: `Jana.Nováková.${sub}`, name: 'Jana Nováková', roles: ['atlas-planner', 'offline_access'] };
	await page.goto('/login?lang=en&next=%2Faccount%3Flang%3Den');
	await page.getByRole('link', { name: 'Sign in with the regional account (SSO)' }).click();
	await page.waitForURL('**/account?lang=en');
	await expect(page.locator('dd').first()).toHaveText(`jana.novakova.${sub}`);
	await expect(page.locator('dd').nth(1)).toHaveText('planner');

	// The provider now grants flood watch instead: the next sign-in follows.
	identity = { ...identity, roles: ['atlas-flood'] };
	await page.context().clearCookies();
	await page.goto('/login?lang=en&next=%2Faccount%3Flang%3Den');
	await page.getByRole('link', { name: 'Sign in with the regional account (SSO)' }).click();
	await page.waitForURL('**/account?lang=en');
	await expect(page.locator('dd').nth(1)).toHaveText('flood operator');
});

test('a callback that does not belong to a sign-in started here is refused', async ({ page }) => {
	await page.goto('/auth/oidc/callback?code=stolen&state=forged');
	await expect(page).toHaveURL(/\/login\?oidc_error=/);
	await expect(page.getByRole('alert')).toContainText(/start it again|spusťte|erneut|SSO/);
});
