import { LRUCache } from 'lru-cache';
import type { RateClass } from './policy';

export interface Bucket {
	/** Requests a client may make at once. */
	burst: number;
	/** Requests per second it earns back. */
	perSecond: number;
}

/**
 * Sized for people, not scripts: a planner's map fetches ~150 tiles on a zoom, search-as-you-type sends a few
 * requests a second, a browser opens one live stream and reconnects rarely.
 */
export const BUCKETS: Record<Exclude<RateClass, 'none'>, Bucket> = {
	tiles: { burst: 800, perSecond: 150 },
	api: { burst: 120, perSecond: 10 },
	stream: { burst: 10, perSecond: 0.2 },
	login: { burst: 20, perSecond: 0.5 }
};

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Token buckets per class and client; `factor` scales every bucket (0 turns limiting off). */
export class RateLimiter {
	readonly #buckets = new LRUCache<string, { tokens: number; at: number }>({ max: 100_000 });

	constructor(
		private readonly factor: number,
		private readonly now: () => number = () => performance.now()
	) {}

	take(rate: RateClass, client: string): RateDecision {
		if (rate === 'none' || this.factor === 0) return { ok: true };
		const { burst, perSecond } = BUCKETS[rate];
		const capacity = burst * this.factor;
		const refill = perSecond * this.factor;
		const key = `${rate} ${clientKey(client)}`;
		const now = this.now();
		const state = this.#buckets.get(key) ?? { tokens: capacity, at: now };
		const tokens = Math.min(capacity, state.tokens + ((now - state.at) / 1000) * refill);
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: now });
			return { ok: false, retryAfterSeconds: Math.ceil((1 - tokens) / refill) };
		}
		this.#buckets.set(key, { tokens: tokens - 1, at: now });
		return { ok: true };
	}
}

/** One IPv6 host usually owns a whole /64, so that is the client; IPv4 (also IPv4-mapped) is the address. */
export function clientKey(address: string): string {
	const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
	if (mapped) return mapped[1]!;
	if (!address.includes(':')) return address;
	const [head = '', tail = ''] = address.toLowerCase().split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
	return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
