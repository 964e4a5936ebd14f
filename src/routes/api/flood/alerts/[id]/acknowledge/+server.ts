import { acknowledgeResponse } from '$lib/server/flood/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ params, request, locals }) => acknowledgeResponse(params.id, request, locals.user!, locals.clientAddress);
