import { exportResponse } from '$lib/server/brownfields';
import { visibilityOf } from '$lib/server/visibility';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, locals }) => exportResponse(params.format, url, { visibility: visibilityOf(locals.user), user: locals.user, ip: locals.clientAddress });
