import { logoutEverywhereAction } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ user: locals.user! });

export const actions: Actions = { everywhere: logoutEverywhereAction };
