import { captivePortalResponse } from '$lib/server/kiosk';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => captivePortalResponse(url, request);
