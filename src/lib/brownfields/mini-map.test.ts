import { describe, expect, it } from 'vitest';
import { MINI_MAP_SIZE, scaleBar } from './mini-map';

describe('mini-map scale bar', () => {
	it('takes the longest round length within a third of the width', () => {
		expect(scaleBar(1_900)).toEqual({ metres: 500, pixels: (500 / 1_900) * MINI_MAP_SIZE });
		expect(scaleBar(3_100)).toMatchObject({ metres: 1_000 });
		expect(scaleBar(30_000)).toMatchObject({ metres: 10_000 });
		expect(scaleBar(100)).toMatchObject({ metres: 50 });
	});
});
