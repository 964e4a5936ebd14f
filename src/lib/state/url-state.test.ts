import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, parseViewState, serializeViewState, viewQuery, type ViewState } from './url-state';

describe('view state in the URL', () => {
	it('round-trips a full view', () => {
		const view: ViewState = {
			lang: 'de',
			camera: { zoom: 11.25, lat: 50.66085, lon: 14.03227, bearing: 30 },
			layers: ['municipalities', 'rivers', 'brownfields'],
			selected: { layer: 'municipalities', id: 554804 },
			choropleth: { indicator: 'population_density', method: 'jenks', classes: 7, palette: 'cividis' }
		};
		expect(parseViewState(serializeViewState(view))).toEqual(view);
	});

	it('writes a readable query that parses back to the same view', () => {
		const view: ViewState = { lang: 'en', camera: { zoom: 9, lat: 50.5, lon: 14.25, bearing: 0 }, layers: ['municipalities', 'rivers'], selected: { layer: 'brownfields', id: 7 } };
		const query = viewQuery(view);
		expect(query).toBe('?lang=en&map=9.00/50.50000/14.25000/0&layers=municipalities,rivers&sel=brownfields/7');
		expect(parseViewState(new URLSearchParams(query))).toEqual(view);
	});

	it('keeps the default view out of the URL', () => {
		expect(serializeViewState({ lang: 'cs', layers: DEFAULT_LAYERS }).toString()).toBe('');
		expect(parseViewState(new URLSearchParams())).toEqual({ lang: 'cs', layers: DEFAULT_LAYERS });
	});

	it('distinguishes "no layers" from "default layers"', () => {
		const params = serializeViewState({ lang: 'cs', layers: [] });
		expect(params.get('layers')).toBe('');
		expect(parseViewState(params).layers).toEqual([]);
	});

	it('ignores malformed or unknown parts instead of failing', () => {
		const view = parseViewState(
			new URLSearchParams('lang=fr&map=99/abc/14&layers=rivers,evil%27,municipalities&sel=place_labels/1&ind=nope&cls=x')
		);
		expect(view).toEqual({ lang: 'cs', layers: ['rivers', 'municipalities'] });
		const partial = parseViewState(new URLSearchParams('ind=population&cls=weird&n=42&pal=rainbow&sel=brownfields/12'));
		expect(partial.choropleth).toEqual({ indicator: 'population', method: 'quantile', classes: 5, palette: 'viridis' });
		expect(partial.selected).toEqual({ layer: 'brownfields', id: 12 });
	});
});
