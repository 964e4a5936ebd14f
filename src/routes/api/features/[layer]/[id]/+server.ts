import { featureResponse } from '$lib/server/features';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => featureResponse(params.layer, params.id, visibilityOf(locals.user));
