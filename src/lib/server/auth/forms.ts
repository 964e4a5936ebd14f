import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { isRole, type Role } from '$lib/auth/roles';
import { db } from '../db/pool';
import { KeyError, createDeviceKey, revokeDeviceKey } from '../telemetry/keys';
import { AccountError, createAccount, setDisabled, setPassword, setRoles, type Actor } from './accounts';
import { recordAudit } from './audit';
import { clearSessionCookie, safeNext, setSessionCookie } from './cookies';
import { sessionLifetime } from './guard';
import { login } from './login';
import { generatePassword } from './passwords';
import { endAllSessions, endSession, SESSION_COOKIE } from './sessions';

/** The signed-in person as the audit trail names them. The guard has let only signed-in people this far. */
function actorOf(event: RequestEvent): Actor {
	return { name: event.locals.user?.username ?? 'anonymous', ip: event.locals.clientAddress };
}

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

const rolesOf = (form: FormData): Role[] => form.getAll('roles').filter(isRole);

export async function loginAction(event: RequestEvent) {
	const form = await event.request.formData();
	const username = field(form, 'username').slice(0, 200);
	const password = field(form, 'password').slice(0, 1024);
	if (!username || !password) return fail(400, { username, error: 'missing' as const });
	const lifetime = sessionLifetime();
	const result = await login(
		db(),
		{ username, password, ip: event.locals.clientAddress, userAgent: event.request.headers.get('user-agent'), previousToken: event.cookies.get(SESSION_COOKIE) },
		lifetime
	);
	if (!result.ok && result.reason === 'throttled') {
		event.setHeaders({ 'Retry-After': String(result.retryAfterSeconds) });
		return fail(429, { username, error: 'throttled' as const, retryAfterSeconds: result.retryAfterSeconds });
	}
	if (!result.ok) return fail(400, { username, error: 'invalid' as const });
	setSessionCookie(event.cookies, event.request, result.token, lifetime);
	redirect(303, safeNext(event.url.searchParams.get('next')));
}

export async function logoutResponse(event: RequestEvent): Promise<Response> {
	const user = event.locals.user;
	await endSession(db(), event.cookies.get(SESSION_COOKIE));
	if (user) await recordAudit(db(), { actor: user.username, action: 'logout', target: user.username, ip: event.locals.clientAddress });
	clearSessionCookie(event.cookies, event.request);
	redirect(303, '/');
}

export async function logoutEverywhereAction(event: RequestEvent) {
	const user = event.locals.user!;
	const sessions = await endAllSessions(db(), user.id);
	await recordAudit(db(), { actor: user.username, action: 'logout.everywhere', target: user.username, ip: event.locals.clientAddress, details: { sessions } });
	clearSessionCookie(event.cookies, event.request);
	redirect(303, '/login');
}

/** Account errors are the admin's to fix (taken name, short password); anything else is ours and propagates. */
async function accountChange<T extends Record<string, unknown>>(change: () => Promise<T>) {
	try {
		return { ok: true as const, ...(await change()) };
	} catch (error) {
		if (error instanceof AccountError || error instanceof KeyError) return fail(400, { error: error.message });
		throw error;
	}
}

export const adminUserActions = {
	create: async (event: RequestEvent) => {
		const form = await event.request.formData();
		const username = field(form, 'username');
		const password = generatePassword();
		return accountChange(async () => {
			await createAccount(db(), { username, displayName: field(form, 'displayName'), password, roles: rolesOf(form) }, actorOf(event));
			return { username: username.trim().toLowerCase(), password };
		});
	},
	roles: async (event: RequestEvent) => {
		const form = await event.request.formData();
		const username = field(form, 'username');
		const roles = rolesOf(form);
		if (username === event.locals.user?.username && !roles.includes('admin')) {
			return fail(400, { error: 'You cannot remove your own admin role; another administrator has to.' });
		}
		return accountChange(async () => (await setRoles(db(), username, roles, actorOf(event)), { username }));
	},
	password: async (event: RequestEvent) => {
		const username = field(await event.request.formData(), 'username');
		const password = generatePassword();
		return accountChange(async () => (await setPassword(db(), username, password, actorOf(event)), { username, password }));
	},
	disable: async (event: RequestEvent) => {
		const form = await event.request.formData();
		const username = field(form, 'username');
		const disabled = field(form, 'disabled') === 'true';
		if (disabled && username === event.locals.user?.username) return fail(400, { error: 'You cannot disable your own account.' });
		return accountChange(async () => (await setDisabled(db(), username, disabled, actorOf(event)), { username }));
	}
};

const keyForm = z.object({
	name: z.string().trim().min(1, 'Give the key a name: the device or integration it is for.').max(200),
	scope: z.enum(['all', 'datastreams']),
	datastreams: z.string().default('')
});

export const adminKeyActions = {
	create: async (event: RequestEvent) => {
		const parsed = keyForm.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0]!.message });
		const { name, scope, datastreams } = parsed.data;
		const ids = datastreams.split(/[\s,]+/).filter(Boolean).map(Number);
		if (scope === 'datastreams' && (ids.length === 0 || ids.some((id) => !Number.isSafeInteger(id) || id <= 0))) {
			return fail(400, { error: 'List the datastream ids as positive whole numbers, separated by commas.' });
		}
		return accountChange(async () => {
			const created = await createDeviceKey(db(), name, scope === 'all' ? { all: true } : { datastreams: ids }, actorOf(event));
			return { key: created.key, prefix: created.key.split('_')[1]! };
		});
	},
	revoke: async (event: RequestEvent) => {
		const prefix = field(await event.request.formData(), 'prefix');
		if (!(await revokeDeviceKey(db(), prefix, actorOf(event)))) return fail(404, { error: `There is no active key ${prefix}.` });
		return { ok: true as const };
	}
};
