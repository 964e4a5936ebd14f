import { tileJsonResponse } from '$lib/server/tiles';
import { publicOrigin } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => tileJsonResponse(params.layers, publicOrigin(request));
