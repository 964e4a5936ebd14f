import { indicatorValuesResponse } from '$lib/server/indicators';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => indicatorValuesResponse(params.id);
