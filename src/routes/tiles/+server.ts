import { catalogResponse } from '$lib/server/tiles';
import { publicOrigin } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) => catalogResponse(publicOrigin(request));
