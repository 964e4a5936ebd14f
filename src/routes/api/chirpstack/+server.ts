import { chirpstackIntegrationResponse } from '$lib/server/telemetry/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, url }) => chirpstackIntegrationResponse(request, url);
