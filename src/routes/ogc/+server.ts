import { publicOrigin } from '$lib/server/http';
import { landingResponse } from '$lib/server/ogc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) => landingResponse(publicOrigin(request));
