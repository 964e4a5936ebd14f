import { logoutResponse } from '$lib/server/auth/forms';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => logoutResponse(event);
