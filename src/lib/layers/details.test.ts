import { describe, expect, it } from 'vitest';
import { detailSections } from './details';
import { floodGauges } from './flood-gauges';

const never = { dbc: '221000', station: 'Ústí nad Labem', river: 'Labe', level: 'normal', quality: 'ok', observed_at: null, spa1_cm: 450 };

describe('detail sections', () => {
	it('show the properties in the order of the layer metadata, not the order the database returns them', () => {
		const [station] = detailSections(floodGauges, never, false);
		expect(station!.title.en).toBe('Station');
		expect(station!.rows!.map(([name]) => name)).toEqual(['station', 'river', 'dbc']);
	});

	it('say nothing measured of a gauge that never reported, unless a live reading has arrived', () => {
		const state = (properties: Record<string, unknown>, live: boolean) => detailSections(floodGauges, properties, live).find((section) => section.title.en === 'Current state')!;
		expect(state(never, false).rows).toBeUndefined();
		expect(state(never, true).rows!.map(([name]) => name)).toEqual(['level', 'quality', 'observed_at']);
		expect(state({ ...never, observed_at: '2026-12-02T10:00:00Z' }, false).rows).toContainEqual(['level', 'normal']);
	});

	it('leave a threshold section shown, with its empty values, whatever the readings', () => {
		const thresholds = detailSections(floodGauges, never, false).find((section) => section.title.en.endsWith('stage'))!;
		expect(thresholds.rows).toEqual([['spa1_cm', 450]]);
	});
});
