import { describe, expect, it } from 'vitest';
import { parseSummaryView, summaryShading, type SummaryGroup } from './summary';

const group = (id: number, count: number, total_ha: number): SummaryGroup => ({ id, name: `area ${id}`, count, total_ha, built_up_ha: 0, by_previous_use: {}, by_state: {} });

describe('summary view', () => {
	it('defaults to districts shaded by total hectares and names a wrong value', () => {
		expect(parseSummaryView(new URLSearchParams())).toEqual({ ok: true, view: { by: 'district', shade: 'total_ha' } });
		expect(parseSummaryView(new URLSearchParams('by=municipality&shade=count'))).toEqual({ ok: true, view: { by: 'municipality', shade: 'count' } });
		expect(parseSummaryView(new URLSearchParams('by=region'))).toMatchObject({ ok: false, message: expect.stringContaining('by must be') });
		expect(parseSummaryView(new URLSearchParams('shade=ha'))).toMatchObject({ ok: false, message: expect.stringContaining('shade must be') });
	});
});

describe('summary shading', () => {
	const groups = Array.from({ length: 20 }, (_, index) => group(1000 + index, index + 1, (index + 1) ** 2));

	it('colours every area with sites by natural-breaks class, light to dark, on the grouping layer', () => {
		const shading = summaryShading(groups, { by: 'municipality', shade: 'total_ha' })!;
		expect(shading.layer).toBe('municipalities');
		expect(shading.colours).toHaveLength(20);
		expect(shading.legend).toHaveLength(5);
		expect(shading.legend[0]!.from).toBe(1);
		expect(shading.legend.at(-1)!.to).toBe(400);
		const colourOf = new Map(shading.colours);
		expect(colourOf.get(1000)).toBe(shading.legend[0]!.colour);
		expect(colourOf.get(1019)).toBe(shading.legend.at(-1)!.colour);
		expect(new Set(shading.legend.map((entry) => entry.colour)).size).toBe(5);
	});

	it('classes by the chosen measure, and shades nothing when asked not to or when nothing matches', () => {
		const byCount = summaryShading([group(1, 1, 500), group(2, 9, 1)], { by: 'district', shade: 'count' })!;
		expect(byCount.layer).toBe('districts');
		expect(new Map(byCount.colours).get(2)).toBe(byCount.legend.at(-1)!.colour);
		expect(summaryShading(groups, { by: 'district', shade: 'none' })).toBeUndefined();
		expect(summaryShading([], { by: 'district', shade: 'count' })).toBeUndefined();
	});

	it('keeps classes apart when most areas have one site and a few have many', () => {
		const skewed = [...Array.from({ length: 150 }, (_, index) => group(index, 1, 1)), ...Array.from({ length: 40 }, (_, index) => group(200 + index, 2, 1)), group(300, 5, 1), group(301, 13, 1)];
		const shading = summaryShading(skewed, { by: 'municipality', shade: 'count' })!;
		expect(shading.legend.length).toBeGreaterThanOrEqual(3);
		const colourOf = new Map(shading.colours);
		expect(colourOf.get(0)).not.toBe(colourOf.get(301));
		expect(colourOf.get(0)).not.toBe(colourOf.get(200));
	});

	it('gives one class when every area has the same value', () => {
		const shading = summaryShading([group(1, 2, 3), group(2, 2, 3)], { by: 'district', shade: 'count' })!;
		expect(shading.legend).toHaveLength(1);
		expect(new Set(shading.colours.map(([, colour]) => colour)).size).toBe(1);
	});
});
