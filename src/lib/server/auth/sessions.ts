import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '$lib/auth/roles';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';

export const SESSION_COOKIE = 'atlas_session';

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

const digest = (token: string) => createHash('sha256').update(token).digest();

export interface SessionLifetime {
	idleMinutes: number;
	maxHours: number;
}

export interface SessionClient {
	ip: string | null;
	userAgent: string | null;
}

/** Starts a session and returns its token, which only the cookie ever holds. */
export async function createSession(db: Queryable, userId: number, client: SessionClient, lifetime: SessionLifetime): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	await db.query(
		`INSERT INTO user_session (token_sha256, user_id, expires_at, ip, user_agent)
		 VALUES ($1, $2, now() + make_interval(hours => $3), $4::inet, left($5, 300))`,
		[digest(token), userId, lifetime.maxHours, client.ip, client.userAgent]
	);
	return token;
}

/** The account of a live session, or undefined for a missing, idle, expired or disabled one. */
export async function sessionUser(db: Queryable, token: string | undefined, lifetime: SessionLifetime): Promise<SessionUser | undefined> {
	if (!token || !TOKEN_FORMAT.test(token)) return undefined;
	const { rows } = await db.query<SessionUser>(sqlFile('sql/queries/session_user.sql'), [digest(token), `${lifetime.idleMinutes} minutes`]);
	return rows[0];
}

export async function endSession(db: Queryable, token: string | undefined): Promise<void> {
	if (token && TOKEN_FORMAT.test(token)) await db.query('DELETE FROM user_session WHERE token_sha256 = $1', [digest(token)]);
}

/** Ends every session of the account; returns how many there were. */
export async function endAllSessions(db: Queryable, userId: number): Promise<number> {
	return (await db.query('DELETE FROM user_session WHERE user_id = $1', [userId])).rowCount ?? 0;
}

/** Sessions past either expiry are useless; removing them keeps the table small. */
export async function pruneSessions(db: Queryable, lifetime: SessionLifetime): Promise<void> {
	await db.query('DELETE FROM user_session WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)', [lifetime.idleMinutes]);
}
