import { historyResponse } from '$lib/server/telemetry/history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => historyResponse(params.id, url);
