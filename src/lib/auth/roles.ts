/** Roles an account can hold. Anonymous visitors are `public`, which is implicit and never stored. */
export const ROLES = ['planner', 'flood_operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** The signed-in person as pages see it; never anything secret. */
export interface SessionUser {
	id: number;
	username: string;
	displayName: string;
	roles: Role[];
}
