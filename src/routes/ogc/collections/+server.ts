import { publicOrigin } from '$lib/server/http';
import { collectionsResponse } from '$lib/server/ogc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) => collectionsResponse(publicOrigin(request));
