import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt from node:crypto (OWASP's parameters: N=2^17 would be 128 MiB per login; 2^15 with r=8 keeps a login near
 * 100 ms and 32 MiB). The hash names its parameters, so raising them later still verifies old hashes.
 */
const COST_LOG2 = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)))
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, { N: 2 ** COST_LOG2, r: BLOCK_SIZE, p: PARALLELISM });
	return ['scrypt', COST_LOG2, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

/** A hash of a random password, verified against when the account does not exist so both paths take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
	decoy ??= hashPassword(randomBytes(16).toString('hex'));
	const [scheme, cost, blockSize, parallelism, salt, key] = (stored ?? (await decoy)).split('$');
	if (scheme !== 'scrypt' || !salt || !key) return false;
	const expected = Buffer.from(key, 'base64');
	const actual = await derive(password, Buffer.from(salt, 'base64'), { N: 2 ** Number(cost), r: Number(blockSize), p: Number(parallelism) });
	return stored !== undefined && stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const MIN_PASSWORD_LENGTH = 12;

/** 20 characters from a 57-letter alphabet without look-alikes (≈ 117 bits). */
export function generatePassword(): string {
	const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
	const bytes = randomBytes(40);
	let password = '';
	for (const byte of bytes) {
		if (byte >= 228) continue; // 228 = 4 × 57: keeps the choice uniform
		password += alphabet[byte % alphabet.length];
		if (password.length === 20) return password;
	}
	return password + generatePassword().slice(password.length);
}
