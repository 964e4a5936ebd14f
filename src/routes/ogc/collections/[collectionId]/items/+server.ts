import { publicOrigin } from '$lib/server/http';
import { itemsResponse } from '$lib/server/ogc';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, request, locals }) => itemsResponse(params.collectionId, url, publicOrigin(request), visibilityOf(locals.user));
