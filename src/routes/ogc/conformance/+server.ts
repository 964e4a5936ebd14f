import { conformanceResponse } from '$lib/server/ogc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => conformanceResponse();
