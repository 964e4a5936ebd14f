/**
 * npm run users -- create <username> --roles planner,admin [--name "Jana Nováková"]   prints a new password once
 * npm run users -- reset-password <username>                                            prints a new password once
 * npm run users -- roles <username> planner,flood_operator
 * npm run users -- disable <username> | enable <username>
 * npm run users -- logout <username>                                                    ends every session
 * npm run users -- list
 * Accounts in the configured database; every change is audited as done by `cli:<system user>`.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { isRole, ROLES, type Role } from '../lib/auth/roles';
import { createAccount, listAccounts, setDisabled, setPassword, setRoles } from '../lib/server/auth/accounts';
import { recordAudit } from '../lib/server/auth/audit';
import { generatePassword } from '../lib/server/auth/passwords';
import { endAllSessions } from '../lib/server/auth/sessions';
import { withDatabase } from './db-session';
import { fail, log } from './log';

const USAGE = `Usage: npm run users -- create <username> --roles ${ROLES.join(',')} [--name "Full Name"] | reset-password <username> | roles <username> <roles> | disable <username> | enable <username> | logout <username> | list`;

function parseRoles(text: string | undefined): Role[] {
	const roles = (text ?? '').split(',').map((role) => role.trim()).filter(Boolean);
	const unknown = roles.filter((role) => !isRole(role));
	if (unknown.length > 0) throw new Error(`Unknown role ${unknown.join(', ')}. Roles are: ${ROLES.join(', ')} (anonymous visitors are public).`);
	return roles as Role[];
}

try {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { roles: { type: 'string' }, name: { type: 'string' } } });
	const [command, username, extra] = positionals;
	if (!command || !['create', 'reset-password', 'roles', 'disable', 'enable', 'logout', 'list'].includes(command)) throw new Error(USAGE);
	if (command !== 'list' && !username) throw new Error(`${command} needs a username. ${USAGE}`);
	const actor = { name: `cli:${userInfo().username}` };
	await withDatabase(async (pool) => {
		switch (command) {
			case 'create': {
				const password = generatePassword();
				await createAccount(pool, { username: username!, displayName: values.name, password, roles: parseRoles(values.roles) }, actor);
				log(`Created ${username}. The password is shown only now:`);
				console.log(password);
				break;
			}
			case 'reset-password': {
				const password = generatePassword();
				await setPassword(pool, username!, password, actor);
				log(`New password for ${username} (their sessions were ended). It is shown only now:`);
				console.log(password);
				break;
			}
			case 'roles':
				await setRoles(pool, username!, parseRoles(extra ?? values.roles), actor);
				log(`Roles of ${username} set.`);
				break;
			case 'disable':
			case 'enable':
				await setDisabled(pool, username!, command === 'disable', actor);
				log(`${username} ${command}d.`);
				break;
			case 'logout': {
				const account = (await listAccounts(pool)).find((candidate) => candidate.username === username);
				if (!account) throw new Error(`There is no account ${username}.`);
				const sessions = await endAllSessions(pool, account.id);
				await recordAudit(pool, { actor: actor.name, action: 'logout.everywhere', target: username, details: { sessions } });
				log(`Ended ${sessions} session(s) of ${username}.`);
				break;
			}
			default:
				console.table((await listAccounts(pool)).map(({ username: name, displayName, roles, disabledAt, sessions, lastLoginAt }) => ({ name, displayName, roles: roles.join(','), disabled: Boolean(disabledAt), sessions, lastLoginAt })));
		}
	});
} catch (error) {
	fail(error);
}
