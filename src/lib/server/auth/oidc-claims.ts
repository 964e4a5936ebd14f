import { isRole, type Role } from '$lib/auth/roles';

/** Reads a claim by dotted path, as Keycloak nests realm roles: `realm_access.roles`. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), claims);
}

/**
 * The app roles a claim grants. `roleMap` is `claimValue=role,…`; without it, claim values that are role names
 * (planner, flood_operator, admin) map to themselves. Anything else grants nothing.
 */
export function rolesFromClaim(value: unknown, roleMap: string): Role[] {
	const values = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? value.split(/[\s,]+/) : [];
	const mapping = new Map(
		roleMap
			.split(',')
			.filter(Boolean)
			.map((pair) => pair.split('=') as [string, string])
	);
	const roles = values.map((item) => (mapping.size > 0 ? mapping.get(item) : item)).filter(isRole);
	return [...new Set(roles)].sort();
}

/** A username from the usual claims, fitted to the username rules. */
export function usernameFromClaims(claims: Record<string, unknown>): string {
	const candidate = [claims.preferred_username, claims.email, claims.sub].find((value): value is string => typeof value === 'string' && value.length > 0) ?? 'user';
	const cleaned = candidate
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9._@-]+/g, '-')
		.replace(/^[^a-z0-9]+/, '')
		.slice(0, 64);
	return cleaned.length >= 2 ? cleaned : `user-${cleaned}`;
}
