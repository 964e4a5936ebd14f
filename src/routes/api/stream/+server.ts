import { streamResponse } from '$lib/server/telemetry/sse';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => streamResponse(request, url);
