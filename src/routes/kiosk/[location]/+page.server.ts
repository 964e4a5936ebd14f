import { kioskPage } from '$lib/server/kiosk';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, request }) => kioskPage(params.location, url, request);
