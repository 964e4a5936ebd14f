import { indicatorsResponse } from '$lib/server/indicators';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => indicatorsResponse();
