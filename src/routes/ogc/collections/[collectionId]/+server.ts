import { publicOrigin } from '$lib/server/http';
import { collectionResponse } from '$lib/server/ogc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => collectionResponse(params.collectionId, publicOrigin(request));
