import { searchResponse } from '$lib/server/search';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => searchResponse(url, 'public');
