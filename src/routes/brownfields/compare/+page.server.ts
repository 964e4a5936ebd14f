import { comparePage } from '$lib/server/brownfields/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => comparePage(url, locals.user);
