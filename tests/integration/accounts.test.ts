import { randomInt } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AccountError, createAccount, setDisabled, setPassword, setRoles } from '../../src/lib/server/auth/accounts';
import { listAudit } from '../../src/lib/server/auth/audit';
import { login, LOGIN_THROTTLE } from '../../src/lib/server/auth/login';
import { endAllSessions, sessionUser } from '../../src/lib/server/auth/sessions';
import { createDeviceKey, KeyError, revokeDeviceKey, verifyDeviceKey } from '../../src/lib/server/telemetry/keys';

const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
const lifetime = { idleMinutes: 30, maxHours: 12 };
const admin = { name: 'test-admin', ip: '192.0.2.1' };
const PASSWORD = 'a long enough password';

afterAll(() => pool.end());

/** Test data stays in the test database between runs, so every test makes its own account and address. */
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${randomInt(1e6)}`;
const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function account(roles: ('planner' | 'flood_operator' | 'admin')[] = ['planner']) {
	const username = unique('user');
	const id = await createAccount(pool, { username, password: PASSWORD, roles }, admin);
	return { id, username };
}

const attempt = (username: string, password: string, ip = address(), previousToken?: string) =>
	login(pool, { username, password, ip, userAgent: 'vitest', previousToken }, lifetime);

describe('accounts', () => {
	it('store a scrypt hash, never the password, and record who created them', async () => {
		const { username } = await account(['planner', 'admin']);
		const { rows } = await pool.query('SELECT password_hash FROM app_user WHERE username = $1', [username]);
		expect(rows[0].password_hash).toMatch(/^scrypt\$/);
		expect(rows[0].password_hash).not.toContain(PASSWORD);
		const [created] = await listAudit(pool, { action: 'user.create', target: username, limit: 5 });
		expect(created).toMatchObject({ actor: 'test-admin', ip: '192.0.2.1', details: { roles: ['planner', 'admin'] } });
	});

	it('refuse taken usernames, bad usernames and short passwords', async () => {
		const { username } = await account();
		await expect(createAccount(pool, { username, password: PASSWORD, roles: [] }, admin)).rejects.toThrow(AccountError);
		await expect(createAccount(pool, { username: 'Robert"); DROP TABLE app_user;--', password: PASSWORD, roles: [] }, admin)).rejects.toThrow(/username/);
		await expect(createAccount(pool, { username: unique('short'), password: 'short', roles: [] }, admin)).rejects.toThrow(/12 characters/);
	});

	it('audit role changes with before and after', async () => {
		const { username } = await account(['planner']);
		await setRoles(pool, username, ['flood_operator', 'admin'], admin);
		const [change] = await listAudit(pool, { action: 'user.roles', target: username, limit: 1 });
		expect(change!.details).toEqual({ before: ['planner'], after: ['admin', 'flood_operator'] });
		await expect(setRoles(pool, unique('nobody'), ['admin'], admin)).rejects.toThrow(/no account/);
	});
});

describe('login and sessions', () => {
	it('signs in with the right password only, and the session names the account and roles', async () => {
		const { username } = await account(['planner', 'flood_operator']);
		expect(await attempt(username, 'wrong password!')).toEqual({ ok: false, reason: 'invalid' });
		const result = await attempt(username, PASSWORD);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(await sessionUser(pool, result.token, lifetime)).toMatchObject({ username, roles: ['flood_operator', 'planner'] });
		const tampered = result.token.slice(0, -1) + (result.token.endsWith('A') ? 'B' : 'A');
		expect(await sessionUser(pool, tampered, lifetime)).toBeUndefined();
	});

	it('never stores the session token itself', async () => {
		const { username } = await account();
		const result = await attempt(username, PASSWORD);
		if (!result.ok) throw new Error('login failed');
		const { rows } = await pool.query("SELECT count(*)::int AS n FROM user_session WHERE encode(token_sha256, 'escape') LIKE '%' || $1 || '%'", [result.token]);
		expect(rows[0].n).toBe(0);
	});

	it('refuses the 6th wrong password within a minute, even when the 6th is right', async () => {
		const { username } = await account();
		for (let i = 0; i < LOGIN_THROTTLE.perAccount; i++) expect(await attempt(username, `wrong ${i}`)).toEqual({ ok: false, reason: 'invalid' });
		const refused = await attempt(username, PASSWORD);
		expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
		expect(refused.ok === false && refused.reason === 'throttled' && refused.retryAfterSeconds).toBeGreaterThan(50);
		expect((await listAudit(pool, { action: 'login.throttled', target: username, limit: 5 })).length).toBe(1);
	});

	it('throttles an address that guesses across many accounts', async () => {
		const ip = address();
		for (let i = 0; i < LOGIN_THROTTLE.perAddress; i++) await attempt(unique('guess'), 'wrong password', ip);
		const { username } = await account();
		expect(await attempt(username, PASSWORD, ip)).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await attempt(username, PASSWORD)).ok).toBe(true);
	});

	it('lets concurrent wrong guesses for one account through the throttle no faster than one by one', async () => {
		const { username } = await account();
		const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(username, `wrong ${i}`)));
		expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(LOGIN_THROTTLE.perAccount);
	});

	it('ends the session the browser arrived with, so a planted token never becomes a session', async () => {
		const first = await account();
		const second = await account();
		const firstLogin = await attempt(first.username, PASSWORD);
		if (!firstLogin.ok) throw new Error('login failed');
		const secondLogin = await attempt(second.username, PASSWORD, address(), firstLogin.token);
		if (!secondLogin.ok) throw new Error('login failed');
		expect(secondLogin.token).not.toBe(firstLogin.token);
		expect(await sessionUser(pool, firstLogin.token, lifetime)).toBeUndefined();
		expect(await sessionUser(pool, secondLogin.token, lifetime)).toMatchObject({ username: second.username });
	});

	it('expires idle sessions and sessions past their absolute lifetime', async () => {
		const { username } = await account();
		const idle = await attempt(username, PASSWORD);
		const old = await attempt(username, PASSWORD);
		if (!idle.ok || !old.ok) throw new Error('login failed');
		await pool.query(
			"UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1 AND created_at = (SELECT min(created_at) FROM user_session WHERE user_id = $1)",
			[idle.userId]
		);
		expect(await sessionUser(pool, idle.token, lifetime)).toBeUndefined();
		expect(await sessionUser(pool, old.token, lifetime)).toBeDefined();
		await pool.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1", [old.userId]);
		expect(await sessionUser(pool, old.token, lifetime)).toBeUndefined();
	});

	it('ends every session on logout everywhere, password reset and disabling', async () => {
		const { id, username } = await account();
		const sessions = async (password = PASSWORD) => [await attempt(username, password), await attempt(username, password)];
		const alive = async (logins: Awaited<ReturnType<typeof sessions>>) =>
			(await Promise.all(logins.map((result) => (result.ok ? sessionUser(pool, result.token, lifetime) : undefined)))).filter(Boolean).length;

		let logins = await sessions();
		expect(await alive(logins)).toBe(2);
		expect(await endAllSessions(pool, id)).toBe(2);
		expect(await alive(logins)).toBe(0);

		logins = await sessions();
		await setPassword(pool, username, 'another long password', admin);
		expect(await alive(logins)).toBe(0);
		expect((await attempt(username, PASSWORD)).ok).toBe(false);

		logins = await sessions('another long password');
		expect(await alive(logins)).toBe(2);
		await setDisabled(pool, username, true, admin);
		expect(await alive(logins)).toBe(0);
		expect((await attempt(username, 'another long password')).ok).toBe(false);
	});
});

describe('audit trail', () => {
	it('is append-only', async () => {
		await expect(pool.query("UPDATE audit_event SET actor = 'someone else'")).rejects.toThrow(/append-only/);
		await expect(pool.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
		await expect(pool.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
	});
});

describe('device keys', () => {
	it('create nothing when a listed datastream does not exist', async () => {
		const name = unique('key');
		await expect(createDeviceKey(pool, name, { datastreams: [1, 999_999_999] }, admin)).rejects.toThrow(KeyError);
		const { rows } = await pool.query('SELECT count(*)::int AS n FROM device_key WHERE name = $1', [name]);
		expect(rows[0].n).toBe(0);
	});

	it('record creation and revocation, and a revoked key stops working at once', async () => {
		const { key } = await createDeviceKey(pool, unique('key'), { all: true }, admin);
		const prefix = key.split('_')[1]!;
		expect(await verifyDeviceKey(pool, key)).toBeDefined();
		expect(await revokeDeviceKey(pool, prefix, admin)).toBe(true);
		expect(await verifyDeviceKey(pool, key)).toBeUndefined();
		const events = await listAudit(pool, { target: prefix, limit: 5 });
		expect(events.map((event) => event.action)).toEqual(['key.revoke', 'key.create']);
		expect(await revokeDeviceKey(pool, prefix, admin)).toBe(false);
	});

	it('filter by time on the Prague clock, the clock the audit page shows', async () => {
		const { key } = await createDeviceKey(pool, unique('key'), { all: true }, admin);
		const prefix = key.split('_')[1]!;
		const [created] = await listAudit(pool, { target: prefix, limit: 1 });
		const prague = (offsetMinutes: number) =>
			new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague', dateStyle: 'short', timeStyle: 'short' }).format(new Date(created!.at.getTime() + offsetMinutes * 60_000)).replace(' ', 'T');
		expect(await listAudit(pool, { target: prefix, from: prague(-1), to: prague(2), limit: 5 })).toHaveLength(1);
		expect(await listAudit(pool, { target: prefix, from: prague(2), limit: 5 })).toHaveLength(0);
		expect(await listAudit(pool, { target: prefix, to: prague(-1), limit: 5 })).toHaveLength(0);
	});
});
