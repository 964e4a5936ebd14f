import AxeBuilder from '@axe-core/playwright';
import { KIOSK_LOCATIONS } from '../../src/lib/kiosk/locations';
import { ORIGIN } from './auth-helpers';
import { expect, test } from './fixtures';

const BUDGET = 60 * 1024;

for (const location of KIOSK_LOCATIONS) {
	test.describe(`kiosk ${location.id}`, () => {
		test('renders without a script error', async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`/kiosk/${location.id}`);
			await page.locator('.kiosk[data-hydrated="true"]').waitFor();
			await expect(page.locator('#traffic-heading + ul li')).toHaveCount(3);
			expect(errors).toEqual([]);
		});

		test('the content is there without JavaScript, in the location’s language', async ({ browser, extraHTTPHeaders }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL: ORIGIN, extraHTTPHeaders });
			const page = await context.newPage();
			const response = await page.goto(`/kiosk/${location.id}`);
			expect(response!.status()).toBe(200);
			expect(response!.headers()['set-cookie']).toBeUndefined();
			await expect(page.locator('html')).toHaveAttribute('lang', location.defaultLang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(location.name[location.defaultLang]);
			await expect(page.locator('#flood-heading')).toBeVisible();
			await expect(page.locator('#traffic-heading + ul li')).toHaveCount(3);
			await expect(page.locator('.qr svg')).toBeVisible();
			await context.close();
		});

		test('works with cookies and storage blocked, and stays within the page-weight budget on 400 kbit/s', async ({ browser, extraHTTPHeaders }) => {
			const context = await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders, serviceWorkers: 'block' });
			await context.addInitScript(() => {
				const blocked = () => {
					throw new DOMException('Storage is blocked', 'SecurityError');
				};
				for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) Object.defineProperty(window, name, { get: blocked });
				Object.defineProperty(document, 'cookie', { get: blocked, set: blocked });
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 50_000, uploadThroughput: 50_000 });
			const sizes = new Map<string, { type: string; bytes: number }>();
			cdp.on('Network.responseReceived', (event) => sizes.set(event.requestId, { type: event.type, bytes: 0 }));
			cdp.on('Network.loadingFinished', (event) => {
				const entry = sizes.get(event.requestId);
				if (entry) entry.bytes = event.encodedDataLength;
			});

			const started = Date.now();
			await page.goto(`/kiosk/${location.id}?lang=en`, { waitUntil: 'commit' });
			await expect(page.locator('#flood-heading')).toBeVisible({ timeout: 3_000 });
			expect(Date.now() - started).toBeLessThan(3_000);
			await page.waitForLoadState('load');
			const textContent = [...sizes.values()].filter((entry) => entry.type === 'Document' || entry.type === 'Stylesheet' || entry.type === 'Font');
			const bytes = textContent.reduce((sum, entry) => sum + entry.bytes, 0);
			expect(bytes).toBeLessThanOrEqual(BUDGET);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('switches language by ?lang and sets <html lang>', async ({ page }) => {
			await page.goto(`/kiosk/${location.id}`);
			for (const [name, lang, heading] of [['Deutsch', 'de', 'Hochwasser in der Region'], ['English', 'en', 'Floods in the region'], ['Čeština', 'cs', 'Povodně v kraji']] as const) {
				await page.getByRole('link', { name }).click();
				await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('#flood-heading')).toHaveText(heading);
			}
		});

		test('axe finds no serious or critical violation in any language', async ({ page }) => {
			for (const lang of ['cs', 'en', 'de']) {
				await page.goto(`/kiosk/${location.id}?lang=${lang}`);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
				expect(serious.map((violation) => `${lang} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
			}
		});
	});
}

test('a touch kiosk warns before its idle reset, can be continued, and resets to the attract state', async ({ page }) => {
	await page.clock.install();
	await page.goto('/kiosk/usti-nad-labem-hl-n?lang=de');
	await page.locator('.kiosk[data-hydrated="true"]').waitFor();
	await page.clock.runFor(41_000);
	const warning = page.getByRole('alertdialog');
	await expect(warning).toContainText('Der Bildschirm kehrt in 19 s zum Anfang zurück.');
	await warning.getByRole('button', { name: 'Weiter' }).click();
	await expect(warning).toBeHidden();
	await page.clock.runFor(61_000);
	await expect(page).toHaveURL(/\/kiosk\/usti-nad-labem-hl-n$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
	await expect(page.locator('.attract')).toBeVisible();
});

test('an unknown location is a helpful 404 listing the places', async ({ page }) => {
	const response = await page.goto('/kiosk/praha-hl-n?lang=en');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We do not know this place. Choose one of these:');
	await expect(page.getByRole('link')).toHaveCount(KIOSK_LOCATIONS.length);
	await page.goto('/kiosk?lang=de');
	await expect(page.getByRole('link', { name: 'Liberec Busbahnhof' })).toBeVisible();
});

test('the captive-portal API answers RFC 8908 JSON pointing at the kiosk page', async ({ request }) => {
	const response = await request.get('/api/captive-portal?location=liberec-autobusove-nadrazi');
	expect(response.headers()['content-type']).toBe('application/captive+json');
	const body = await response.json();
	expect(typeof body.captive).toBe('boolean');
	expect(body['user-portal-url']).toBe(`${ORIGIN}/kiosk/liberec-autobusove-nadrazi`);
	expect(body['venue-info-url']).toBe(`${ORIGIN}/kiosk/liberec-autobusove-nadrazi`);
	expect((await request.get('/api/captive-portal?location=nowhere')).status()).toBe(404);
	// With an https ORIGIN every URL is https, as RFC 8908 requires: src/lib/server/kiosk.test.ts.
});

test('when the hotspot drops, the service worker shows the last kiosk page with its figures and scripts', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/kiosk/usti-nad-labem-hl-n?lang=en');
	await page.locator('.kiosk[data-hydrated="true"]').waitFor();
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// The worker takes over from the next load, which it keeps.
	expect((await page.reload())!.fromServiceWorker()).toBe(true);
	await page.locator('.kiosk[data-hydrated="true"]').waitFor();
	const figures = await page.locator('#traffic-heading + ul').textContent();

	// Offline, and any request that still reached the network would fail too.
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	try {
		const offline = await page.reload();
		expect(offline!.fromServiceWorker()).toBe(true);
		expect(offline!.status()).toBe(200);
		await page.locator('.kiosk[data-hydrated="true"]').waitFor();
		await expect(page.locator('#traffic-heading + ul')).toHaveText(figures!);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// A page it never saw is not invented.
		await expect(page.goto('/kiosk/decin-hl-n?lang=en')).rejects.toThrow();
	} finally {
		await context.unroute('**/*');
		await context.setOffline(false);
	}
	expect(errors).toEqual([]);
});
