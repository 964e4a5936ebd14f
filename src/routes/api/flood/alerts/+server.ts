import { alertsResponse } from '$lib/server/flood/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => alertsResponse(url);
