import AxeBuilder from '@axe-core/playwright';
import { signInWithPage, testAccount } from './auth-helpers';
import { expect, test } from './fixtures';

const total = async (page: import('@playwright/test').Page) => Number(await page.locator('.count').getAttribute('data-total'));

test('filters live in the URL, the count follows as you type and matches the API', async ({ page, request }) => {
	await page.goto('/brownfields?lang=en');
	const everything = await total(page);
	expect(everything).toBe((await (await request.get('/api/brownfields?pageSize=0')).json()).total);

	await page.getByRole('group', { name: 'Previous use' }).getByLabel('industrial').check();
	await page.getByLabel('Area (ha) from', { exact: true }).fill('2');
	await expect(page).toHaveURL(/previousUse=industrial/);
	await expect(page).toHaveURL(/areaMin=2/);
	const api = (await (await request.get('/api/brownfields?previousUse=industrial&areaMin=2&pageSize=0')).json()).total;
	await expect(page.locator('.count')).toHaveAttribute('data-total', String(api));
	expect(api).toBeLessThan(everything);
	await expect(page.locator('.planner-map')).toHaveAttribute('data-matching', String(api));

	// Reloading the URL restores the same filter.
	await page.reload();
	await expect(page.getByRole('group', { name: 'Previous use' }).getByLabel('industrial')).toBeChecked();
	await expect(page.locator('.count')).toHaveAttribute('data-total', String(api));
});

test('a filter typed before the scripts have loaded is kept and applied', async ({ page }) => {
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		await route.continue();
	});
	await page.goto('/brownfields?lang=en', { waitUntil: 'commit' });
	await page.getByLabel('Area (ha) from', { exact: true }).fill('4');
	await page.locator('.planner-map[data-ready="true"]').waitFor({ timeout: 30_000 });
	await expect(page.getByLabel('Area (ha) from', { exact: true })).toHaveValue('4');
	await page.locator('input[name="areaMax"]').fill('20');
	await expect(page).toHaveURL(/areaMin=4&areaMax=20/);
});

test('an area typed as coordinates (the keyboard way to draw) selects what the API selects', async ({ page, request }) => {
	await page.goto('/brownfields?lang=en');
	await page.getByLabel('Area (“lon lat” pairs separated by commas)').fill('13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.75');
	await expect(page).toHaveURL(/polygon=/);
	const api = (await (await request.get(`/api/brownfields?pageSize=0&polygon=${encodeURIComponent('13.9 50.55, 14.2 50.55, 14.2 50.75, 13.9 50.75')}`)).json()).total;
	await expect(page.locator('.count')).toHaveAttribute('data-total', String(api));
});

test('selecting a row highlights it on the map; sorting, comparing and the site sheet work', async ({ page }) => {
	await page.goto('/brownfields?lang=en&sort=area_ha&dir=desc');
	await expect(page.locator('.planner-map[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
	const areas = await page.locator('table.sites > tbody > tr > td:nth-child(4)').allTextContents();
	const numbers = areas.map((text) => Number(text.replace(/,/g, '')));
	expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

	const first = page.locator('table.sites > tbody > tr').first();
	const id = await first.getAttribute('data-id');
	await first.getByRole('button').click();
	await expect(page.locator('.planner-map')).toHaveAttribute('data-selected', id!);
	await expect(first).toHaveClass(/selected/);

	const rows = page.locator('table.sites > tbody > tr');
	await rows.nth(0).getByRole('checkbox').check();
	await rows.nth(1).getByRole('checkbox').check();
	await page.getByRole('link', { name: /Compare the selected \(2\/4\)/ }).click();
	await expect(page.locator('table.compare thead th[scope="col"]')).toHaveCount(2);
	await expect(page.locator('table.compare svg[role="img"]')).toHaveCount(2);
	// Each mini map shows the site, its surroundings and a scale.
	for (const map of await page.locator('table.compare svg.mini-map').all()) {
		await expect(map.locator('[data-layer="site"]')).toHaveCount(1);
		await expect(map.locator('[data-layer="boundaries"], [data-layer="rivers"], [data-layer="other-sites"]').first()).toBeAttached();
		await expect(map.locator('g.scale text')).toHaveText(/^[\d.,]+ (m|km)$/);
	}

	await page.goto(`/brownfields/${id}/sheet?lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('planners can narrow to the non-public sites; the public cannot see the choice or the sites', async ({ page, request }) => {
	await page.goto('/brownfields?lang=en&visibility=restricted');
	await expect(page.getByLabel('Publication')).toHaveCount(0);
	expect(await total(page)).toBe(0);
	await signInWithPage(page, await testAccount(['planner']));
	await page.goto('/brownfields?lang=en&visibility=restricted');
	await expect(page.getByLabel('Publication')).toHaveValue('restricted');
	expect(await total(page)).toBeGreaterThan(0);
	expect((await (await request.get('/api/brownfields/export.csv?visibility=restricted')).text()).trim().split('\n')).toHaveLength(1);
});

test('axe finds no serious or critical violation on the planner pages', async ({ page }) => {
	for (const path of ['/brownfields?lang=de', '/brownfields/compare?ids=1,2&lang=en']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
		expect(serious.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test('the summary per district or municipality shades the map in natural-breaks classes and keeps its choice while filtering', async ({ page, request }) => {
	await page.goto('/brownfields?lang=en');
	const map = page.locator('.planner-map[data-ready="true"]');
	await expect(map).toBeVisible({ timeout: 30_000 });
	const byDistrict = (await (await request.get('/api/brownfields/summary?by=district')).json()).groups as { id: number; count: number }[];
	await expect(page.locator('table.summary > tbody > tr')).toHaveCount(byDistrict.length);
	await expect(map).toHaveAttribute('data-shaded', `districts:${byDistrict.length}`);
	const classes = await page.getByTestId('summary-legend').locator('li').count();
	expect(classes).toBeGreaterThanOrEqual(2);
	expect(classes).toBeLessThanOrEqual(5);

	const shot = async () => (await map.screenshot()).toString('base64');
	await page.getByLabel('Shade the map by').selectOption('none');
	await expect(page).toHaveURL(/shade=none/);
	await expect(map).toHaveAttribute('data-shaded', '');
	await expect(page.getByTestId('summary-legend')).toHaveCount(0);
	await page.waitForTimeout(500);
	const plain = await shot();

	await page.getByLabel('Summarise by').selectOption('municipality');
	await page.getByLabel('Shade the map by').selectOption('count');
	await expect(page).toHaveURL(/by=municipality/);
	await expect(page).toHaveURL(/shade=count/);
	const byMunicipality = (await (await request.get('/api/brownfields/summary?by=municipality')).json()).groups as { id: number; count: number; name: string }[];
	await expect(map).toHaveAttribute('data-shaded', `municipalities:${byMunicipality.length}`);
	await expect(page.locator('table.summary > tbody > tr')).toHaveCount(byMunicipality.length);
	const top = byMunicipality.reduce((best, group) => (group.count > best.count ? group : best));
	await expect(page.locator(`table.summary > tbody > tr[data-id="${top.id}"] > td`).first()).toHaveText(String(top.count));
	await expect.poll(shot, { message: 'the shading is drawn' }).not.toBe(plain);

	// Filtering keeps the grouping and the shading; the summary follows the filter.
	await page.getByRole('group', { name: 'Previous use' }).getByLabel('industrial').check();
	await expect(page).toHaveURL(/previousUse=industrial/);
	await expect(page).toHaveURL(/by=municipality/);
	const industrial = (await (await request.get('/api/brownfields/summary?by=municipality&previousUse=industrial')).json()).groups as unknown[];
	await expect(map).toHaveAttribute('data-shaded', `municipalities:${industrial.length}`);

	// A wrong value is named, and the page still works with the defaults.
	await page.goto('/brownfields?lang=en&shade=volume');
	await expect(page.getByRole('alert')).toContainText('shade must be');
	await expect(page.locator('table.summary')).toHaveAttribute('data-by', 'district');
});
