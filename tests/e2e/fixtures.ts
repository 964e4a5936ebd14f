import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

/**
 * The app under test reads the client address from X-Forwarded-For (ADDRESS_HEADER, as behind the region's proxy),
 * so each test is its own client: rate limits and login throttling of one test never spill into the next.
 */
export function clientAddress(seed: string): string {
	const digest = createHash('sha256').update(seed).digest();
	return `198.18.${digest[0]}.${digest[1]! % 254 + 1}`;
}

export const test = base.extend({
	extraHTTPHeaders: async ({}, use, testInfo) => {
		await use({ 'X-Forwarded-For': clientAddress(testInfo.testId) });
	}
});
