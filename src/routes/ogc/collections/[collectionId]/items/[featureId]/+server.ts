import { publicOrigin } from '$lib/server/http';
import { itemResponse } from '$lib/server/ogc';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request, locals }) => itemResponse(params.collectionId, params.featureId, publicOrigin(request), visibilityOf(locals.user));
