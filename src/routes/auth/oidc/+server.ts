import { oidcStart } from '$lib/server/auth/oidc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => oidcStart(event);
