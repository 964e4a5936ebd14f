import { catalogResponse } from '$lib/server/tiles';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => catalogResponse(url.origin);
