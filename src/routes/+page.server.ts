import { env } from '$lib/server/env';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ basemapStyleUrl: env().ATLAS_BASEMAP_STYLE_URL });
