import { noteResponse } from '$lib/server/flood/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, locals }) => noteResponse(request, locals.user!);
