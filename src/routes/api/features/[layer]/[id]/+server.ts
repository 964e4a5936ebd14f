import { featureResponse } from '$lib/server/features';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => featureResponse(params.layer, params.id, 'public');
