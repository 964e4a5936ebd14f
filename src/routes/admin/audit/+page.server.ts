import { auditPage } from '$lib/server/auth/admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => auditPage(url);
