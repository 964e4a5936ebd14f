import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { PNG } from 'pngjs';
import { LAYERS } from '../../src/lib/layers';
import { canvasPixels, changedShare, waitForMap } from './map-helpers';

const USTI = { lon: 14.0407, lat: 50.6605 };

const searchBox = (page: Page) => page.getByRole('combobox', { name: /Hledat|Search|suchen/ });

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('every layer can be toggled from the panel and its tiles are then requested', async ({ page }) => {
	const errors = collectErrors(page);
	// At z10 every layer is past its minimum zoom, so each one shown needs tiles.
	await page.goto(`/?layers=regions&map=10/${USTI.lat}/${USTI.lon}/0`);
	await waitForMap(page);
	for (const layer of LAYERS.filter((entry) => entry.id !== 'regions')) {
		const requested = page.waitForResponse((response) => {
			const match = new URL(response.url()).pathname.match(/^\/tiles\/([^/]+)\/\d+\/\d+\/\d+\.mvt$/);
			return Boolean(match?.[1]!.split(',').includes(layer.id)) && [200, 204].includes(response.status());
		});
		await page.locator(`[data-layer="${layer.id}"] input[type=checkbox]`).check();
		await requested;
		await expect(page).toHaveURL(new RegExp(`layers=[^&]*${layer.id}`));
	}
	expect(errors).toEqual([]);
});

test('the layer panel says while tiles load, without any animation that would recomposite the page every frame', async ({ page, context }) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await context.route('**/tiles/**/*.mvt', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	const status = page.getByTestId('tiles-status');
	await expect(status).toHaveText('Načítají se dlaždice…');
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	release();
	await waitForMap(page);
	await expect(status).toHaveText('Mapa je načtená');
});

test('a layer shown below its first zoom says so until the map is zoomed in far enough', async ({ page }) => {
	const stations = LAYERS.find((layer) => layer.id === 'base_stations_5g')!;
	await page.goto(`/?layers=regions&map=${stations.minzoom - 2}/${USTI.lat}/${USTI.lon}/0`);
	await waitForMap(page);
	const entry = page.locator('[data-layer="base_stations_5g"]');
	await entry.locator('input[type=checkbox]').check();
	await expect(entry).toContainText(`od přiblížení ${stations.minzoom}`);
	const zoom = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]);
	for (const step of [1, 2]) {
		await page.getByRole('button', { name: /Přiblížit|Zoom in/ }).click();
		await expect.poll(zoom).toBe(stations.minzoom - 2 + step);
	}
	await expect(entry).not.toContainText('od přiblížení');
});

test('search "usti" finds Ústí nad Labem and opens its details', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForMap(page);
	const search = searchBox(page);
	await search.fill('usti');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('Ústí nad Labem');
	await search.press('Enter');
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Ústí nad Labem');
	await expect(details).toContainText('92 716');
	await expect(details.getByRole('heading', { level: 3 })).toHaveText(['Obec', 'Ukazatele']);
	await expect(page).toHaveURL(/sel=municipalities\/554804/);
	expect(errors).toEqual([]);
});

test('choosing a corridor from search frames the whole corridor, a gauge is flown to close up', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const zoom = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]);
	await searchBox(page).fill('D8 Lovosice – Petrovice');
	await expect(page.getByRole('option').first()).toContainText('5G');
	await searchBox(page).press('Enter');
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('D8 Lovosice – Petrovice');
	// 33 km of corridor fit in the map at about z10; a fixed close-up (z14.5) would show one kilometre of it.
	await expect.poll(zoom, { timeout: 10_000 }).toBeLessThan(12);
	await expect.poll(zoom).toBeGreaterThan(8);

	await searchBox(page).fill('221000');
	await expect(page.getByRole('option').first()).toContainText('Ústí nad Labem (Labe)');
	await searchBox(page).press('Enter');
	await expect.poll(zoom, { timeout: 10_000 }).toBe(14.5);
});

test('hovering the map names the municipality there, clicking opens its details', async ({ page }) => {
	await page.goto(`/?layers=municipalities&map=12/${USTI.lat}/${USTI.lon}/0`);
	await waitForMap(page);
	await page.locator('canvas.maplibregl-canvas').hover();
	await expect(page.locator('.tooltip')).toHaveText(/Ústí nad Labem\s*Obce/);
	await page.locator('canvas.maplibregl-canvas').click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Ústí nad Labem');
});

test('the map reaches the very edge of the regions: a click on the eastern tip opens its municipality', async ({ page }) => {
	// Čistá u Horek reaches 15.633° E; its tiles lie outside a source whose bounds stop short of it.
	await page.goto('/?layers=municipalities&map=14/50.53/15.615/0');
	await waitForMap(page);
	await page.locator('canvas.maplibregl-canvas').click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Čistá u Horek');
});

test('the choropleth recolours the map and its legend lists the class breaks', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(`/?map=9/${USTI.lat}/${USTI.lon}/0`);
	await waitForMap(page);
	const before = await canvasPixels(page);
	await page.getByTestId('indicator').selectOption('population_density');
	const legend = page.getByTestId('choropleth-legend');
	await expect(legend.locator('li')).toHaveCount(5);
	await expect(legend.locator('li').first()).toHaveText(/\d[\d\s ]*(,\d)?\s–\s\d/);
	await expect.poll(async () => changedShare(before, await canvasPixels(page)), { timeout: 20_000 }).toBeGreaterThan(0.2);
	await page.getByLabel(/Počet tříd/).selectOption('7');
	await expect(legend.locator('li')).toHaveCount(7);
	await expect(page).toHaveURL(/ind=population_density.*n=7/);
	expect(errors).toEqual([]);
});

test('a copied URL restores the same view, selection and choropleth in a new page', async ({ page, context }) => {
	await page.goto('/');
	await waitForMap(page);
	await searchBox(page).fill('decin');
	await expect(page.getByRole('option').first()).toContainText('Děčín');
	await searchBox(page).press('Enter');
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Děčín');
	await page.getByTestId('indicator').selectOption('share_near_5g');
	await expect(page).toHaveURL(/map=.*sel=municipalities\/562335.*ind=share_near_5g/);
	await waitForMap(page);
	const shared = page.url();

	const second = await context.newPage();
	await second.goto(shared);
	await waitForMap(second);
	await expect(second.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Děčín');
	await expect(second.getByTestId('indicator')).toHaveValue('share_near_5g');
	const camera = (url: string) => new URL(url).searchParams.get('map');
	expect(camera(second.url())).toBe(camera(shared));

	await page.getByRole('button', { name: 'Zavřít podrobnosti' }).click();
	await expect(page.getByTestId('details')).toHaveCount(0);
	await page.goBack();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Děčín');
});

test('a link that names a feature but no view opens on that feature', async ({ page }) => {
	await page.goto('/?sel=municipalities/562335');
	await waitForMap(page);
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Děčín');
	const camera = async () => new URL(page.url()).searchParams.get('map')?.split('/').map(Number) ?? [];
	// Děčín (118 km²) framed: well inside the region's first view (about z8) and centred near the town.
	await expect.poll(async () => (await camera())[0] ?? 0, { timeout: 10_000 }).toBeGreaterThan(9.5);
	const [, lat, lon] = await camera();
	expect(Math.abs(lat! - 50.78)).toBeLessThan(0.1);
	expect(Math.abs(lon! - 14.2)).toBeLessThan(0.15);
});

test('a link to a feature that does not exist, or is not public, says so and what to do', async ({ page }) => {
	await page.goto('/?sel=municipalities/1');
	await expect(page.getByTestId('details').getByRole('alert')).toHaveText(/neexistuje nebo není veřejný.*přihlášení plánovači/);
});

test('switching language to German and English changes the interface and <html lang>', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Vrstvy' })).toBeVisible();
	await page.getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByRole('heading', { name: 'Ebenen' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page).toHaveURL(/lang=de/);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Layers' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Lakes and reservoirs' })).toBeVisible();

	const direct = await page.context().newPage();
	await direct.goto('/?lang=de');
	await expect(direct.locator('html')).toHaveAttribute('lang', 'de');
	await expect(direct.getByRole('heading', { name: 'Ebenen' })).toBeVisible();
});

test('the layer panel works with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const rivers = page.locator('[data-layer="rivers"] input[type=checkbox]');
	await searchBox(page).focus();
	for (let step = 0; step < 60 && !(await rivers.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
	await expect(rivers).toBeFocused();
	await page.keyboard.press('Space');
	await expect(rivers).not.toBeChecked();
	await expect(page).toHaveURL(/layers=/);
	await page.keyboard.press('Space');
	await expect(rivers).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-layer="rivers"] input[type=range]')).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('[data-layer="rivers"] input[type=range]')).toHaveValue('0.9');
});

test('the list alternative shows the features in view and opens their details', async ({ page }) => {
	await page.goto(`/?map=11/${USTI.lat}/${USTI.lon}/0`);
	await waitForMap(page);
	const list = page.getByRole('region', { name: 'Seznam prvků v mapě' });
	const row = list.getByRole('button', { name: 'Ústí nad Labem', exact: true });
	await expect(row).toBeVisible();
	await row.press('Enter');
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText('Ústí nad Labem');
});

test('axe finds no serious or critical accessibility violation on /', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
	expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('works at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	await waitForMap(page);
	const box = await page.getByTestId('atlas-map').boundingBox();
	expect(box!.width).toBeLessThanOrEqual(360);
	expect(box!.height).toBeGreaterThan(300);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	// Every source is named when the map opens; once the map is moved the list folds into its button.
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
	await expect(attribution).toContainText('ČHMÚ');
	const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
	await page.mouse.down();
	await page.mouse.move(canvas.x + canvas.width / 2 + 60, canvas.y + canvas.height / 2 + 30, { steps: 5 });
	await page.mouse.up();
	await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
	await attribution.locator('.maplibregl-ctrl-attrib-button').click();
	await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
});

test('works on a 4K control-room screen: the page text and the map labels grow', async ({ page }) => {
	/** Pixels of the label ink (#1d2733, anti-aliased) in a band across the centre of the map, where Ústí's name sits. */
	const labelInk = async () => {
		const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
		const band = { x: canvas.x + canvas.width / 2 - 200, y: canvas.y + canvas.height / 2 - 40, width: 400, height: 80 };
		const { data } = PNG.sync.read(await page.screenshot({ clip: band }));
		let ink = 0;
		for (let index = 0; index < data.length; index += 4) if (data[index]! < 90 && data[index + 1]! < 100 && data[index + 2]! < 110) ink++;
		return ink;
	};
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(`/?map=11/${USTI.lat}/${USTI.lon}/0&layers=place_labels`);
	await waitForMap(page);
	const deskInk = await labelInk();
	expect(deskInk).toBeGreaterThan(100);

	await page.setViewportSize({ width: 3840, height: 2160 });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('21.6px');
	await expect.poll(labelInk, { timeout: 15_000 }).toBeGreaterThan(deskInk * 1.4);
	const map = (await page.getByTestId('atlas-map').boundingBox())!;
	expect(map.width).toBeGreaterThan(2800);
	expect(map.height).toBeGreaterThan(1900);
	await expect(page.getByRole('checkbox', { name: 'Obce', exact: true })).toBeVisible();
	expect((await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!.height).toBeGreaterThanOrEqual(40);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
