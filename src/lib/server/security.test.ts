import { describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { allowExternalBasemap, handleError } from './security';

describe('handleError', () => {
	it('answers a server error with a reference only and logs the detail', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = new Error('relation "brownfield" does not exist at /work/main/src/lib/server/features.ts:26');
		const event = { request: new Request('http://localhost/api/x'), url: new URL('http://localhost/api/x') } as RequestEvent;
		const body = await handleError({ error: failure, event, status: 500, message: 'Internal Error' });
		expect(body?.message).toMatch(/^Something went wrong on our side\. If it keeps happening, report reference [0-9a-f]{8}\.$/);
		expect(JSON.stringify(body)).not.toMatch(/brownfield|relation|\/work|\.ts/);
		expect(log).toHaveBeenCalledWith(expect.stringContaining(body!.reference!), failure);
		log.mockRestore();
	});

	it('keeps the message of client errors', async () => {
		const event = { request: new Request('http://localhost/x'), url: new URL('http://localhost/x') } as RequestEvent;
		expect(await handleError({ error: new Error('x'), event, status: 404, message: 'Not Found' })).toEqual({ message: 'Not Found' });
	});
});

describe('allowExternalBasemap', () => {
	it('widens only connect-src and img-src', () => {
		const csp = "default-src 'self'; connect-src 'self'; img-src 'self' data:; script-src 'self' 'nonce-abc'";
		expect(allowExternalBasemap(csp)).toBe("default-src 'self'; connect-src 'self' https:; img-src 'self' data: https:; script-src 'self' 'nonce-abc'");
	});
});
