import { randomInt } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Role } from '../../src/lib/auth/roles';
import { createAccount } from '../../src/lib/server/auth/accounts';
import { withTestDatabase } from './telemetry-helpers';

export const ORIGIN = 'http://127.0.0.1:4173';

export interface TestAccount {
	username: string;
	password: string;
}

/** A fresh account with the roles (test data stays in the test database, so names are unique per run). */
export async function testAccount(roles: Role[]): Promise<TestAccount> {
	const username = `e2e-${roles.join('-') || 'none'}-${Date.now().toString(36)}${randomInt(1e6)}`;
	const password = `password-${randomInt(1e9)}-long`;
	await withTestDatabase((client) => createAccount(client, { username, password, roles }, { name: 'e2e' }));
	return { username, password };
}

/** Signs in through the login form's POST, as a browser without JavaScript would; returns the response. */
export function signIn(request: APIRequestContext, account: TestAccount, next = '/') {
	return request.post(`/login?next=${encodeURIComponent(next)}`, {
		form: { username: account.username, password: account.password },
		headers: { Origin: ORIGIN, Accept: 'text/html' },
		maxRedirects: 0
	});
}

/** Signs in through the login page in the browser. */
export async function signInWithPage(page: Page, account: TestAccount): Promise<void> {
	await page.goto('/login?lang=en');
	await page.getByLabel('Username').fill(account.username);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
}

export async function sessionCookie(request: APIRequestContext): Promise<string | undefined> {
	return (await request.storageState()).cookies.find((cookie) => cookie.name === 'atlas_session')?.value;
}
