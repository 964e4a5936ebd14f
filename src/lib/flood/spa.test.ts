import { describe, expect, it } from 'vitest';
import { spaLevel } from './spa';

const labe = { spa1_cm: 450, spa2_cm: 530, spa3_cm: 600, extreme_cm: 1062 };

describe('spaLevel', () => {
	it('gives the highest level reached at Ústí nad Labem (Labe)', () => {
		expect([449, 450, 529, 530, 600, 1061, 1062].map((stage) => spaLevel(stage, labe))).toEqual(['none', 'spa1', 'spa1', 'spa2', 'spa3', 'spa3', 'extreme']);
	});

	it('claims nothing for a gauge without thresholds', () => {
		expect(spaLevel(9999, {})).toBeUndefined();
	});

	it('ignores an SPA4 that ČHMÚ lists below SPA 3 (Žatec, Ohře)', () => {
		const zatec = { spa1_cm: 250, spa2_cm: 500, spa3_cm: 700, extreme_cm: 344 };
		expect(spaLevel(400, zatec)).toBe('spa1');
	});
});
