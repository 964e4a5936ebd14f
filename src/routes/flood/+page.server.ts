import { db } from '$lib/server/db/pool';
import { operatorView } from '$lib/server/flood/operations';
import { FLOOD_DATA } from '$lib/state/flood-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals }) => {
	depends(FLOOD_DATA);
	return { ...(await operatorView(db())), canOperate: locals.user!.roles.includes('flood_operator') };
};
