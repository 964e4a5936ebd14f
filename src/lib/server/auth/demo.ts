import type { Role } from '$lib/auth/roles';
import type { Queryable } from '../db/pool';
import { createAccount } from './accounts';
import { generatePassword } from './passwords';

const DEMO_ACCOUNTS: { username: string; displayName: string; roles: Role[] }[] = [
	{ username: 'demo-planner', displayName: 'Demo planner', roles: ['planner'] },
	{ username: 'demo-flood', displayName: 'Demo flood operator', roles: ['flood_operator'] },
	{ username: 'demo-admin', displayName: 'Demo administrator', roles: ['admin'] }
];

/**
 * On a database without accounts, creates one demo account per role with a fresh random password and returns the
 * passwords: the only time they exist in clear. Returns nothing once any account exists.
 */
export async function createDemoAccounts(db: Queryable): Promise<{ username: string; password: string; roles: Role[] }[]> {
	const { rows } = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM app_user) AS any');
	if (rows[0]!.any) return [];
	const created = [];
	for (const account of DEMO_ACCOUNTS) {
		const password = generatePassword();
		await createAccount(db, { ...account, password }, { name: 'system' });
		created.push({ username: account.username, password, roles: account.roles });
	}
	return created;
}
