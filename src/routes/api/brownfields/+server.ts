import { brownfieldsResponse } from '$lib/server/brownfields';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => brownfieldsResponse(url, visibilityOf(locals.user));
