import { LRUCache } from 'lru-cache';

export interface CachedTile {
	mvt: Buffer;
	etag: string;
	/** Filled on first request that accepts gzip. */
	gzip?: Buffer;
}

export interface TileCache {
	get(key: string): CachedTile | undefined;
	set(key: string, tile: CachedTile): void;
	/** Drops every tile whose layer list contains one of `layerIds`. */
	invalidateLayers(layerIds: ReadonlySet<string>): number;
	clear(): void;
	readonly size: number;
}

/** Keys are `<visibility>|<layer,layer…>|z/x/y`: a tile made for one visibility class is never served to another. */
export function tileCacheKey(visibility: string, layerKey: string, z: number, x: number, y: number): string {
	return `${visibility}|${layerKey}|${z}/${x}/${y}`;
}

const layersOfKey = (key: string) => key.split('|')[1]!.split(',');

const OVERHEAD_BYTES = 256;

/** A size-bounded LRU of tiles (maxBytes counts the tile and its gzip copy); 0 bytes turns caching off. */
export function createTileCache(maxBytes: number): TileCache {
	if (maxBytes <= 0) {
		return { get: () => undefined, set: () => {}, invalidateLayers: () => 0, clear: () => {}, size: 0 };
	}
	const lru = new LRUCache<string, CachedTile>({
		maxSize: maxBytes,
		sizeCalculation: (tile) => tile.mvt.length + (tile.gzip?.length ?? tile.mvt.length) + OVERHEAD_BYTES
	});
	return {
		get: (key) => lru.get(key),
		set: (key, tile) => void lru.set(key, tile),
		invalidateLayers(layerIds) {
			let dropped = 0;
			for (const key of [...lru.keys()]) {
				if (layersOfKey(key).some((id) => layerIds.has(id))) {
					lru.delete(key);
					dropped++;
				}
			}
			return dropped;
		},
		clear: () => lru.clear(),
		get size() {
			return lru.size;
		}
	};
}
