import { chirpstackIntegrationResponse } from '$lib/server/telemetry/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, url, locals }) => chirpstackIntegrationResponse(request, url, locals.device);
