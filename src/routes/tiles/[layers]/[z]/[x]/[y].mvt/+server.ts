import { tileResponse } from '$lib/server/tiles';
import type { RequestHandler } from './$types';

// Everyone is a public viewer until accounts exist; restricted records stay out of these tiles.
export const GET: RequestHandler = ({ params, request }) => tileResponse(params, request.headers, 'public');
