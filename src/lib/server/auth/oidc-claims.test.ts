import { describe, expect, it } from 'vitest';
import { claimAt, rolesFromClaim, usernameFromClaims } from './oidc-claims';

describe('OIDC claims', () => {
	it('reads nested claims', () => {
		expect(claimAt({ realm_access: { roles: ['a'] } }, 'realm_access.roles')).toEqual(['a']);
		expect(claimAt({ roles: 'x' }, 'realm_access.roles')).toBeUndefined();
	});

	it('maps claim values to roles, ignoring the rest', () => {
		expect(rolesFromClaim(['atlas-planner', 'offline_access', 'atlas-admin'], 'atlas-planner=planner,atlas-admin=admin')).toEqual(['admin', 'planner']);
		expect(rolesFromClaim('planner flood_operator root', '')).toEqual(['flood_operator', 'planner']);
		expect(rolesFromClaim(['admin'], 'atlas-admin=admin')).toEqual([]);
		expect(rolesFromClaim({ admin: true }, '')).toEqual([]);
		expect(rolesFromClaim(undefined, '')).toEqual([]);
	});

	it('derives a valid username', () => {
		expect(usernameFromClaims({ preferred_username: 'Jana.Nováková', sub: '1' })).toBe('jana.novakova');
		expect(usernameFromClaims({ email: 'j.novak@kr-ustecky.cz', sub: '1' })).toBe('j.novak@kr-ustecky.cz');
		expect(usernameFromClaims({ sub: '_' })).toMatch(/^user-/);
	});
});
