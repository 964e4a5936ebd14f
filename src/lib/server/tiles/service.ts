import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import pg from 'pg';
import { LAYERS, type LayerMeta } from '$lib/layers';
import type { TileCoords } from '$lib/tiles/coords';
import { tileCacheKey, type CachedTile, type TileCache } from './cache';
import { queryTile } from './queries';
import type { Visibility } from '../visibility';

const gzipAsync = promisify(gzip);

export interface Tile {
	/** Empty when no feature of the requested layers falls in the tile. */
	mvt: Buffer;
	etag: string;
	gzipped(): Promise<Buffer>;
}

const CHANGE_CHANNEL = 'atlas_data_changed';

/**
 * Renders tiles with one SQL statement per request, keeps hot tiles in an LRU and drops them when PostgreSQL
 * reports (LISTEN/NOTIFY) that a table behind a layer changed.
 */
export class TileService {
	readonly #pool: pg.Pool;
	readonly #cache: TileCache;
	readonly #inFlight = new Map<string, Promise<CachedTile>>();
	#listener?: pg.Client;
	#listening = false;
	#closed = false;

	constructor(pool: pg.Pool, cache: TileCache) {
		this.#pool = pool;
		this.#cache = cache;
	}

	async tile(layers: readonly LayerMeta[], { z, x, y }: TileCoords, visibility: Visibility): Promise<Tile> {
		this.#listen();
		const active = layers.filter((layer) => z >= layer.minzoom);
		const layerKey = active.map((layer) => layer.id).join(',');
		const entry = active.length === 0 ? EMPTY : await this.#cachedOrRendered(tileCacheKey(visibility, layerKey, z, x, y), active, z, x, y, visibility);
		return {
			mvt: entry.mvt,
			etag: entry.etag,
			gzipped: async () => (entry.gzip ??= await gzipAsync(entry.mvt))
		};
	}

	/** Concurrent requests for one tile share one query. */
	async #cachedOrRendered(key: string, layers: LayerMeta[], z: number, x: number, y: number, visibility: Visibility): Promise<CachedTile> {
		const cached = this.#cache.get(key);
		if (cached) return cached;
		let pending = this.#inFlight.get(key);
		if (!pending) {
			pending = this.#render(layers, z, x, y, visibility).finally(() => this.#inFlight.delete(key));
			this.#inFlight.set(key, pending);
			const rendered = await pending;
			this.#cache.set(key, rendered);
			return rendered;
		}
		return pending;
	}

	async #render(layers: LayerMeta[], z: number, x: number, y: number, visibility: Visibility): Promise<CachedTile> {
		const mvt = await queryTile(this.#pool, layers, z, x, y, visibility === 'restricted');
		return { mvt, etag: etagOf(mvt) };
	}

	/** Subscribes to data changes once; after a lost connection everything cached is dropped, as changes may have been missed. */
	#listen() {
		if (this.#listening || this.#closed) return;
		this.#listening = true;
		void this.#connectListener(0);
	}

	async #connectListener(attempt: number): Promise<void> {
		if (this.#closed) return;
		const client = new pg.Client({ ...this.#pool.options, application_name: 'region-atlas tile cache' });
		client.on('notification', (message) => {
			if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
			const table = message.payload;
			this.#cache.invalidateLayers(new Set(LAYERS.filter((layer) => layer.tables.includes(table)).map((layer) => layer.id)));
		});
		const reconnect = () => {
			if (this.#listener !== client || this.#closed) return;
			this.#listener = undefined;
			this.#cache.clear();
			setTimeout(() => void this.#connectListener(attempt + 1), Math.min(30_000, 500 * 2 ** attempt)).unref();
		};
		client.on('error', reconnect);
		client.on('end', reconnect);
		this.#listener = client;
		try {
			await client.connect();
			await client.query(`LISTEN ${CHANGE_CHANNEL}`);
			if (attempt > 0) this.#cache.clear();
		} catch {
			client.removeAllListeners('end');
			reconnect();
			await client.end().catch(() => {});
		}
	}

	async close(): Promise<void> {
		this.#closed = true;
		const listener = this.#listener;
		this.#listener = undefined;
		await listener?.end().catch(() => {});
	}
}

const etagOf = (mvt: Buffer) => `"${createHash('sha1').update(mvt).digest('base64url')}"`;

const EMPTY: CachedTile = { mvt: Buffer.alloc(0), etag: etagOf(Buffer.alloc(0)) };

