import { observationsResponse } from '$lib/server/telemetry/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, locals }) => observationsResponse(request, locals.device);
