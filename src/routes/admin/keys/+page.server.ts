import { keysPage } from '$lib/server/auth/admin';
import { adminKeyActions } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => keysPage();

export const actions: Actions = adminKeyActions;
