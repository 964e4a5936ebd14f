import { searchResponse } from '$lib/server/search';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => searchResponse(url, visibilityOf(locals.user));
