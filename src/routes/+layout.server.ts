import type { LayoutServerLoad } from './$types';

/** Every page knows who is signed in (never anything secret: see SessionUser). */
export const load: LayoutServerLoad = ({ locals }) => ({ user: locals.user });
