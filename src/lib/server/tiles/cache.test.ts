import { describe, expect, it } from 'vitest';
import { createTileCache, tileCacheKey } from './cache';

const tile = (bytes: number) => ({ mvt: Buffer.alloc(bytes, 1), etag: `"${bytes}"` });

describe('tile cache', () => {
	it('keeps tiles of different visibility classes apart', () => {
		const cache = createTileCache(1_000_000);
		cache.set(tileCacheKey('restricted', 'brownfields', 8, 137, 86), tile(10));
		expect(cache.get(tileCacheKey('public', 'brownfields', 8, 137, 86))).toBeUndefined();
		expect(cache.get(tileCacheKey('restricted', 'brownfields', 8, 137, 86))).toBeDefined();
	});

	it('drops only the tiles that contain a changed layer', () => {
		const cache = createTileCache(1_000_000);
		cache.set(tileCacheKey('public', 'municipalities,brownfields', 8, 137, 86), tile(10));
		cache.set(tileCacheKey('public', 'brownfields', 9, 1, 1), tile(10));
		cache.set(tileCacheKey('public', 'rivers', 8, 137, 86), tile(10));
		expect(cache.invalidateLayers(new Set(['brownfields']))).toBe(2);
		expect(cache.get(tileCacheKey('public', 'rivers', 8, 137, 86))).toBeDefined();
		expect(cache.size).toBe(1);
	});

	it('evicts the least recently used tiles beyond its byte budget', () => {
		const cache = createTileCache(3 * (2 * 1000 + 256));
		for (let index = 0; index < 4; index++) cache.set(tileCacheKey('public', 'rivers', 10, index, 0), tile(1000));
		expect(cache.size).toBe(3);
		expect(cache.get(tileCacheKey('public', 'rivers', 10, 0, 0))).toBeUndefined();
	});

	it('caches nothing with a zero budget', () => {
		const cache = createTileCache(0);
		cache.set('public|rivers|0/0/0', tile(1));
		expect(cache.get('public|rivers|0/0/0')).toBeUndefined();
	});
});
