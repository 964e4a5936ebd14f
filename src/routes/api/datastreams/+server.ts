import { datastreamsResponse } from '$lib/server/telemetry/history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => datastreamsResponse(url);
