import { plannerPage } from '$lib/server/brownfields/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => plannerPage(url, locals.user);
