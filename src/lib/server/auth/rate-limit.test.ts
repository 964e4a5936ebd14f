import { describe, expect, it } from 'vitest';
import { BUCKETS, clientKey, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	it('allows a burst, then refuses with the time until the next token', () => {
		let now = 0;
		const limiter = new RateLimiter(1, () => now);
		for (let i = 0; i < BUCKETS.api.burst; i++) expect(limiter.take('api', '10.0.0.1').ok).toBe(true);
		const refused = limiter.take('api', '10.0.0.1');
		expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
		now += 1000 / BUCKETS.api.perSecond;
		expect(limiter.take('api', '10.0.0.1').ok).toBe(true);
		expect(limiter.take('api', '10.0.0.1').ok).toBe(false);
	});

	it('keeps clients and classes apart', () => {
		const limiter = new RateLimiter(1, () => 0);
		for (let i = 0; i < BUCKETS.stream.burst; i++) limiter.take('stream', 'a');
		expect(limiter.take('stream', 'a').ok).toBe(false);
		expect(limiter.take('stream', 'b').ok).toBe(true);
		expect(limiter.take('api', 'a').ok).toBe(true);
	});

	it('answers a slow bucket with a longer wait', () => {
		const limiter = new RateLimiter(1, () => 0);
		for (let i = 0; i < BUCKETS.stream.burst; i++) limiter.take('stream', 'a');
		expect(limiter.take('stream', 'a')).toEqual({ ok: false, retryAfterSeconds: 5 });
	});

	it('never limits with factor 0 or class none', () => {
		const off = new RateLimiter(0, () => 0);
		const on = new RateLimiter(1, () => 0);
		for (let i = 0; i < 10_000; i++) {
			expect(off.take('api', 'a').ok).toBe(true);
			expect(on.take('none', 'a').ok).toBe(true);
		}
	});
});

describe('clientKey', () => {
	it('groups IPv6 by /64 and unwraps IPv4-mapped addresses', () => {
		expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
		expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
		expect(clientKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
		expect(clientKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
		expect(clientKey('::1')).toBe('0:0:0:0::/64');
	});
});
