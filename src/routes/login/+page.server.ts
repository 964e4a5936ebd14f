import { loginAction } from '$lib/server/auth/forms';
import { oidcConfigured } from '$lib/server/auth/oidc';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ user: locals.user, oidc: oidcConfigured() });

export const actions: Actions = { default: loginAction };
