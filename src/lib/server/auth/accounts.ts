import type { Role, SessionUser } from '$lib/auth/roles';
import type { Queryable } from '../db/pool';
import { sqlFile } from '../db/sql-file';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

/** Who changes an account and from where, for the audit trail. */
export interface Actor {
	name: string;
	ip?: string | null;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

export class AccountError extends Error {}

export function checkUsername(username: string): string {
	const normalised = username.trim().toLowerCase();
	if (!USERNAME_PATTERN.test(normalised)) {
		throw new AccountError('A username is 2–64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit.');
	}
	return normalised;
}

export function checkPassword(password: string): string {
	if (password.length < MIN_PASSWORD_LENGTH) throw new AccountError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
	if (password.length > 1024) throw new AccountError('A password may have at most 1024 characters.');
	return password;
}

export interface NewAccount {
	username: string;
	displayName?: string;
	password?: string;
	oidcSubject?: string;
	roles: Role[];
}

export async function createAccount(db: Queryable, account: NewAccount, actor: Actor): Promise<number> {
	const username = checkUsername(account.username);
	const hash = account.password === undefined ? null : await hashPassword(checkPassword(account.password));
	try {
		const { rows } = await db.query<{ id: number }>(sqlFile('sql/queries/user_create.sql'), [
			username,
			account.displayName?.trim() || username,
			hash,
			[...new Set(account.roles)],
			account.oidcSubject ?? null,
			actor.name,
			actor.ip ?? null
		]);
		return rows[0]!.id;
	} catch (error) {
		if ((error as { code?: string }).code === '23505') throw new AccountError(`The username ${username} is taken.`);
		throw error;
	}
}

async function changeOne(db: Queryable, file: string, params: unknown[], username: string): Promise<void> {
	const { rowCount } = await db.query(sqlFile(`sql/queries/${file}.sql`), params);
	if (rowCount === 0) throw new AccountError(`There is no account ${username}.`);
}

export function setRoles(db: Queryable, username: string, roles: Role[], actor: Actor): Promise<void> {
	return changeOne(db, 'user_roles', [username, [...new Set(roles)].sort(), actor.name, actor.ip ?? null], username);
}

/** Also ends every session of the account, so a stolen session dies with the old password. */
export async function setPassword(db: Queryable, username: string, password: string, actor: Actor): Promise<void> {
	const hash = await hashPassword(checkPassword(password));
	await changeOne(db, 'user_password', [username, hash, actor.name, actor.ip ?? null], username);
}

export function setDisabled(db: Queryable, username: string, disabled: boolean, actor: Actor): Promise<void> {
	return changeOne(db, 'user_disable', [username, disabled, actor.name, actor.ip ?? null], username);
}

export interface AccountSummary extends SessionUser {
	oidc: boolean;
	createdAt: Date;
	disabledAt: Date | null;
	sessions: number;
	lastLoginAt: Date | null;
}

export async function listAccounts(db: Queryable): Promise<AccountSummary[]> {
	return (await db.query<AccountSummary>(sqlFile('sql/queries/users.sql'))).rows;
}

/** For login: the active account's password hash, by username. */
export async function findLogin(db: Queryable, username: string): Promise<{ id: number; username: string; passwordHash: string | null } | undefined> {
	const { rows } = await db.query<{ id: number; username: string; passwordHash: string | null }>(
		'SELECT id, username, password_hash AS "passwordHash" FROM app_user WHERE username = $1 AND disabled_at IS NULL',
		[username]
	);
	return rows[0];
}
