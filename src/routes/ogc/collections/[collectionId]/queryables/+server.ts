import { publicOrigin } from '$lib/server/http';
import { queryablesResponse } from '$lib/server/ogc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => queryablesResponse(params.collectionId, publicOrigin(request));
