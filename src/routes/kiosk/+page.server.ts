import { KIOSK_LOCATIONS } from '$lib/kiosk/locations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ locations: KIOSK_LOCATIONS });
