import { isLocale, DEFAULT_LOCALE } from '$lib/i18n';
import { LAYERS, findLayer } from '$lib/layers';
import type { Locale } from '$lib/layers/types';
import { findIndicator } from '$lib/indicators';
import { MAX_CLASSES, METHODS, MIN_CLASSES, type Method } from '$lib/choropleth/classify';
import { PALETTE_IDS, type PaletteId } from '$lib/choropleth/palettes';

export interface Camera {
	zoom: number;
	lat: number;
	lon: number;
	bearing: number;
}

export interface Selection {
	layer: string;
	id: number;
}

export interface ChoroplethSettings {
	indicator: string;
	method: Method;
	classes: number;
	palette: PaletteId;
}

/** Everything a shared link restores. */
export interface ViewState {
	lang: Locale;
	camera?: Camera;
	layers: string[];
	selected?: Selection;
	choropleth?: ChoroplethSettings;
}

export const DEFAULT_LAYERS = LAYERS.filter((layer) => layer.visibleByDefault).map((layer) => layer.id);
export const DEFAULT_CHOROPLETH: Omit<ChoroplethSettings, 'indicator'> = { method: 'quantile', classes: 5, palette: 'viridis' };

const number = (text: string | undefined, min: number, max: number) => {
	const value = Number(text);
	return text !== undefined && text !== '' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
};

/** Reads a view from the query string; anything malformed falls back to its default instead of failing. */
export function parseViewState(params: URLSearchParams): ViewState {
	const lang = params.get('lang');
	const state: ViewState = { lang: isLocale(lang) ? lang : DEFAULT_LOCALE, layers: DEFAULT_LAYERS };

	const [zoom, lat, lon, bearing] = (params.get('map') ?? '').split('/');
	const camera = { zoom: number(zoom, 0, 22), lat: number(lat, -85, 85), lon: number(lon, -180, 180), bearing: number(bearing ?? '0', -360, 360) ?? 0 };
	if (camera.zoom !== undefined && camera.lat !== undefined && camera.lon !== undefined) state.camera = camera as Camera;

	const layers = params.get('layers');
	if (layers !== null) state.layers = layers === '' ? [] : layers.split(',').filter((id) => findLayer(id));

	const [selectedLayer, selectedId] = (params.get('sel') ?? '').split('/');
	if (selectedLayer && findLayer(selectedLayer)?.selectable && /^\d{1,9}$/.test(selectedId ?? '')) {
		state.selected = { layer: selectedLayer, id: Number(selectedId) };
	}

	const indicator = params.get('ind');
	if (indicator && findIndicator(indicator)) {
		const method = params.get('cls') as Method;
		const palette = params.get('pal') as PaletteId;
		state.choropleth = {
			indicator,
			method: METHODS.includes(method) ? method : DEFAULT_CHOROPLETH.method,
			classes: Math.round(number(params.get('n') ?? undefined, MIN_CLASSES, MAX_CLASSES) ?? DEFAULT_CHOROPLETH.classes),
			palette: PALETTE_IDS.includes(palette) ? palette : DEFAULT_CHOROPLETH.palette
		};
	}
	return state;
}

/** Writes a view to a query string, leaving out what equals the default so links stay short. */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.lang !== DEFAULT_LOCALE) params.set('lang', state.lang);
	if (state.camera) {
		const { zoom, lat, lon, bearing } = state.camera;
		params.set('map', [zoom.toFixed(2), lat.toFixed(5), lon.toFixed(5), Math.round(bearing)].join('/'));
	}
	const layers = LAYERS.map((layer) => layer.id).filter((id) => state.layers.includes(id));
	if (layers.join(',') !== DEFAULT_LAYERS.join(',')) params.set('layers', layers.join(','));
	if (state.selected) params.set('sel', `${state.selected.layer}/${state.selected.id}`);
	if (state.choropleth) {
		params.set('ind', state.choropleth.indicator);
		params.set('cls', state.choropleth.method);
		params.set('n', String(state.choropleth.classes));
		params.set('pal', state.choropleth.palette);
	}
	return params;
}

/** The query string of a view ('' for the default), with `/` and `,` left readable. */
export function viewQuery(state: ViewState): string {
	const query = serializeViewState(state).toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}
