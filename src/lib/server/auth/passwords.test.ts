import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
	it('verifies the password it hashed and nothing else', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(hash).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
		expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
		expect(await verifyPassword('', hash)).toBe(false);
	});

	it('salts every hash', async () => {
		expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
	});

	it('treats composed and decomposed accents as the same password', async () => {
		const hash = await hashPassword('Ústí nad Labem');
		expect(await verifyPassword('U\u0301sti\u0301 nad Labem', hash)).toBe(true);
	});

	it('refuses missing and malformed hashes', async () => {
		expect(await verifyPassword('anything', null)).toBe(false);
		expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
	});

	it('generates long passwords from an unambiguous alphabet', () => {
		const passwords = Array.from({ length: 200 }, generatePassword);
		for (const password of passwords) expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
		expect(new Set(passwords).size).toBe(200);
	});
});
