import { translator } from '$lib/i18n';
import type { Locale } from '$lib/layers/types';
import { DEFAULT_CHOROPLETH, type Camera, type ChoroplethSettings, type Selection, type ViewState } from './url-state';

/**
 * The dashboard's shared state. The URL is its serialised form (see url-state.ts); components read and change it
 * here, never the URL directly.
 */
export class AtlasState {
	lang = $state<Locale>('cs');
	camera = $state.raw<Camera | undefined>();
	visible = $state.raw<string[]>([]);
	opacity = $state<Record<string, number>>({});
	selected = $state.raw<Selection | undefined>();
	choropleth = $state.raw<ChoroplethSettings | undefined>();
	/** A flight requested by search or the list; the map consumes it. */
	flyTo = $state.raw<{ center: [number, number]; zoom?: number; bbox?: [number, number, number, number] } | undefined>();
	tilesLoading = $state(false);
	/** The zoom the map shows now (also before the first move, which is when `camera` is first set). */
	zoom = $state<number>();

	t = $derived(translator(this.lang));

	/** A link that names a feature but no camera opens on that feature, once its details say where it is. */
	frameSelectionOnce: boolean;

	constructor(view: ViewState) {
		this.apply(view);
		this.frameSelectionOnce = view.selected !== undefined && view.camera === undefined;
	}

	apply(view: ViewState) {
		this.lang = view.lang;
		this.camera = view.camera;
		this.visible = view.layers;
		this.selected = view.selected;
		this.choropleth = view.choropleth;
	}

	get view(): ViewState {
		return { lang: this.lang, camera: this.camera, layers: this.visible, selected: this.selected, choropleth: this.choropleth };
	}

	isVisible(layerId: string) {
		return this.visible.includes(layerId);
	}

	toggle(layerId: string, on = !this.isVisible(layerId)) {
		this.visible = on ? [...this.visible, layerId] : this.visible.filter((id) => id !== layerId);
	}

	opacityOf(layerId: string) {
		return this.opacity[layerId] ?? 1;
	}

	select(selection: Selection | undefined) {
		this.selected = selection;
	}

	setIndicator(indicator: string | undefined) {
		this.choropleth = indicator ? { ...DEFAULT_CHOROPLETH, ...this.choropleth, indicator } : undefined;
	}

	updateChoropleth(change: Partial<Omit<ChoroplethSettings, 'indicator'>>) {
		if (this.choropleth) this.choropleth = { ...this.choropleth, ...change };
	}
}
