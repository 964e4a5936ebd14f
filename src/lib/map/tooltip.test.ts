import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { floodGauges } from '$lib/layers/flood-gauges';
import { municipalities } from '$lib/layers/municipalities';
import { tooltipFor } from './tooltip';

const labe = { station: 'Ústí nad Labem', river: 'Labe', spa1_cm: 450, spa2_cm: 530, spa3_cm: 600, extreme_cm: 1062 };

describe('map tooltip', () => {
	it('names the feature and says which layer it belongs to', () => {
		expect(tooltipFor(municipalities, { name: 'Ústí nad Labem' }, {}, 'en', translator('en'))).toEqual({ text: 'Ústí nad Labem', meta: 'Municipalities' });
	});

	it('adds a gauge’s flood-activity level from its live stage, and claims none without one', () => {
		expect(tooltipFor(floodGauges, labe, { stage: 540 }, 'cs', translator('cs')).meta).toBe('Vodoměrné stanice ČHMÚ · SPA 2 pohotovost');
		expect(tooltipFor(floodGauges, labe, {}, 'cs', translator('cs')).meta).toBe('Vodoměrné stanice ČHMÚ');
		expect(tooltipFor(floodGauges, { station: 'Bez SPA' }, { stage: 999 }, 'en', translator('en')).meta).toBe('ČHMÚ river gauges');
	});
});
