import { tileJsonResponse } from '$lib/server/tiles';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => tileJsonResponse(params.layers, url.origin);
