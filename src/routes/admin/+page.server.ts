import { adminOverview } from '$lib/server/auth/admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ overview: await adminOverview() });
