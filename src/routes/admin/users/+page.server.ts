import { usersPage } from '$lib/server/auth/admin';
import { adminUserActions } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => usersPage();

export const actions: Actions = adminUserActions;
