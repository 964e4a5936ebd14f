import { gaugePage, saveRuleAction } from '$lib/server/flood/gauge-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => ({ ...(await gaugePage(params.id, url)), canOperate: locals.user!.roles.includes('flood_operator') });

export const actions: Actions = { default: saveRuleAction };
