import { tileResponse } from '$lib/server/tiles';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request, locals }) => tileResponse(params, request.headers, visibilityOf(locals.user));
