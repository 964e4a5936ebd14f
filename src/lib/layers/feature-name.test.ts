import { describe, expect, it } from 'vitest';
import { featureName } from './feature-name';

describe('featureName', () => {
	it('prefers the name, then the station, then the code, then the fallback', () => {
		expect(featureName({ name: 'Děčín', code: 'x' })).toBe('Děčín');
		expect(featureName({ station: 'Ústí nad Labem', code: '221000' })).toBe('Ústí nad Labem');
		expect(featureName({ code: 'SC-D8-0001' })).toBe('SC-D8-0001');
		expect(featureName({}, 7)).toBe('7');
	});
});
