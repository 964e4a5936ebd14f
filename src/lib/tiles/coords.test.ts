import { describe, expect, it } from 'vitest';
import { parseTileCoords, tileBounds, tilesCovering } from './coords';

describe('parseTileCoords', () => {
	it('accepts valid coordinates at the edges of the range', () => {
		expect(parseTileCoords({ z: '0', x: '0', y: '0' })).toEqual({ ok: true, value: { z: 0, x: 0, y: 0 } });
		expect(parseTileCoords({ z: '8', x: '137', y: '86' })).toEqual({ ok: true, value: { z: 8, x: 137, y: 86 } });
		expect(parseTileCoords({ z: '22', x: String(2 ** 22 - 1), y: '0' })).toMatchObject({ ok: true });
	});

	it.each([
		[{ z: '23', x: '0', y: '0' }, 'z'],
		[{ z: '-1', x: '0', y: '0' }, 'z'],
		[{ z: '1.5', x: '0', y: '0' }, 'z'],
		[{ z: 'abc', x: '0', y: '0' }, 'z'],
		[{ z: '', x: '0', y: '0' }, 'z'],
		[{ z: '8', x: '256', y: '0' }, 'x'],
		[{ z: '8', x: '1e2', y: '0' }, 'x'],
		[{ z: '8', x: '0x10', y: '0' }, 'x'],
		[{ z: '8', x: '0', y: '256' }, 'y'],
		[{ z: '0', x: '0', y: '1' }, 'y'],
		[{ z: '8', x: '0', y: '1; DROP TABLE region' }, 'y'],
		[{ z: '99999999999999999999', x: '0', y: '0' }, 'z']
	])('rejects %o naming %s', (raw, parameter) => {
		const result = parseTileCoords(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.parameter).toBe(parameter);
			expect(result.message).toContain(parameter);
		}
	});
});

describe('tile geometry', () => {
	it('gives the bounds of the Ústí nad Labem tile z8/137/86', () => {
		const [west, south, east, north] = tileBounds({ z: 8, x: 137, y: 86 });
		expect(west).toBeCloseTo(12.656, 2);
		expect(east).toBeCloseTo(14.063, 2);
		expect(south).toBeLessThan(50.66);
		expect(north).toBeGreaterThan(50.66);
	});

	it('covers a box with the tiles whose bounds intersect it', () => {
		const box: [number, number, number, number] = [12.94, 50.07, 15.64, 51.06];
		const tiles = tilesCovering(box, 8);
		expect(tiles).toContainEqual({ z: 8, x: 137, y: 86 });
		for (const tile of tiles) {
			const [west, south, east, north] = tileBounds(tile);
			expect(west < box[2] && east > box[0] && south < box[3] && north > box[1]).toBe(true);
		}
		expect(tilesCovering(box, 0)).toEqual([{ z: 0, x: 0, y: 0 }]);
	});
});
