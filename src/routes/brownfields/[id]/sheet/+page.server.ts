import { sheetPage } from '$lib/server/brownfields/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => sheetPage(params.id, url, locals.user);
