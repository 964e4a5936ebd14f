import { describe, expect, it, vi } from 'vitest';

describe('captive-portal API (RFC 8908)', () => {
	it('gives https URLs when the app is configured with an https origin', async () => {
		vi.stubEnv('ORIGIN', 'https://atlas.kr-ustecky.cz');
		const { captivePortalResponse } = await import('./kiosk');
		const response = captivePortalResponse(new URL('https://atlas.kr-ustecky.cz/api/captive-portal?location=most-nadrazi'), new Request('http://127.0.0.1/api/captive-portal'));
		expect(response.headers.get('content-type')).toBe('application/captive+json');
		const body = await response.json();
		expect(Object.keys(body).sort()).toEqual(['captive', 'user-portal-url', 'venue-info-url']);
		expect(body.captive).toBe(true);
		for (const key of ['user-portal-url', 'venue-info-url']) expect(body[key]).toBe('https://atlas.kr-ustecky.cz/kiosk/most-nadrazi');
		vi.unstubAllEnvs();
	});
});
