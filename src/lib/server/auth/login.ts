import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { findLogin } from './accounts';
import { recordAudit } from './audit';
import { verifyPassword } from './passwords';
import { createSession, endSession, pruneSessions, type SessionClient, type SessionLifetime } from './sessions';

/** Five wrong passwords per account, or twenty per address, within a minute; the next attempt waits. */
export const LOGIN_THROTTLE = { windowSeconds: 60, perAccount: 5, perAddress: 20 } as const;

export type LoginResult =
	| { ok: true; userId: number; username: string; token: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface LoginAttempt extends SessionClient {
	username: string;
	password: string;
	/** The session cookie the browser arrived with: never reused, so a planted token cannot become a session. */
	previousToken?: string;
}

/** Attempts for one account run one at a time in this process, so a burst cannot slip past the throttle. */
const inFlight = new Map<string, Promise<unknown>>();

export function login(db: Queryable, attempt: LoginAttempt, lifetime: SessionLifetime): Promise<LoginResult> {
	const username = attempt.username.trim().toLowerCase().slice(0, 64);
	const previous = inFlight.get(username) ?? Promise.resolve();
	const current = previous.catch(() => {}).then(() => attemptLogin(db, { ...attempt, username }, lifetime));
	inFlight.set(username, current);
	void current.finally(() => {
		if (inFlight.get(username) === current) inFlight.delete(username);
	}).catch(() => {});
	return current;
}

async function attemptLogin(db: Queryable, attempt: LoginAttempt, lifetime: SessionLifetime): Promise<LoginResult> {
	const { username, ip } = attempt;
	const { rows } = await db.query<{ account: number; address: number; account_latest: Date | null; address_latest: Date | null }>(
		sqlFile('sql/queries/login_failures.sql'),
		[username, ip, `${LOGIN_THROTTLE.windowSeconds} seconds`]
	);
	const failures = rows[0]!;
	const throttledSince =
		failures.account >= LOGIN_THROTTLE.perAccount ? failures.account_latest : failures.address >= LOGIN_THROTTLE.perAddress ? failures.address_latest : null;
	if (throttledSince) {
		const retryAfterSeconds = Math.max(1, Math.ceil(LOGIN_THROTTLE.windowSeconds - (Date.now() - throttledSince.getTime()) / 1000));
		await recordAudit(db, { actor: username, action: 'login.throttled', target: username, ip, details: { retryAfterSeconds } });
		return { ok: false, reason: 'throttled', retryAfterSeconds };
	}

	const account = await findLogin(db, username);
	if (!(await verifyPassword(attempt.password, account?.passwordHash)) || !account) {
		await recordAudit(db, { actor: username, action: 'login.failed', target: username, ip, details: { known: Boolean(account) } });
		return { ok: false, reason: 'invalid' };
	}

	await endSession(db, attempt.previousToken);
	await pruneSessions(db, lifetime);
	const token = await createSession(db, account.id, attempt, lifetime);
	await recordAudit(db, { actor: account.username, action: 'login', target: account.username, ip, details: { method: 'password' } });
	return { ok: true, userId: account.id, username: account.username, token };
}
