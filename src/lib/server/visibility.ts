import type { SessionUser } from '$lib/auth/roles';

/** Who a response is for: `public` never sees records without publication consent; `restricted` may. */
export type Visibility = 'public' | 'restricted';

/** Planners see brownfields whose owners have not consented to publication; everyone else sees what is public. */
export function visibilityOf(user: SessionUser | undefined): Visibility {
	return user?.roles.includes('planner') ? 'restricted' : 'public';
}
