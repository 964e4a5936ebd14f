import { classify, classOf } from '$lib/choropleth/classify';
import { paletteColours } from '$lib/choropleth/palettes';
import type { AtlasState } from './atlas.svelte';

/** Values of the chosen indicator from `/api/indicators/{id}/values`, and the classes drawn from them. */
export class ChoroplethData {
	readonly #atlas: AtlasState;
	readonly #cache = new Map<string, Map<number, number | null>>();
	values = $state.raw<Map<number, number | null>>(new Map());
	loadedFor = $state<string>();
	loading = $state(false);
	error = $state<string>();
	hover = $state.raw<{ name: string; value: number | null } | undefined>();

	breaks = $derived.by(() => {
		const settings = this.#atlas.choropleth;
		if (!settings || this.loadedFor !== settings.indicator) return [];
		return classify([...this.values.values()].filter((value): value is number => value !== null), settings.method, settings.classes);
	});

	colours = $derived.by(() => {
		const settings = this.#atlas.choropleth;
		return settings && this.breaks.length > 1 ? paletteColours(settings.palette, this.breaks.length - 1) : [];
	});

	constructor(atlas: AtlasState) {
		this.#atlas = atlas;
	}

	colourOf(id: number): [number, number, number, number] {
		const value = this.values.get(id);
		if (value === null || value === undefined || this.colours.length === 0) return [200, 200, 200, 120];
		const [r, g, b] = this.colours[classOf(value, this.breaks)]!;
		return [r, g, b, 215];
	}

	async load(indicator: string, fetcher: typeof fetch = fetch) {
		const cached = this.#cache.get(indicator);
		if (cached) {
			this.values = cached;
			this.loadedFor = indicator;
			return;
		}
		this.loading = true;
		this.error = undefined;
		try {
			const response = await fetcher(`/api/indicators/${encodeURIComponent(indicator)}/values`);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const body = (await response.json()) as { values: [number, number | null][] };
			const values = new Map(body.values);
			this.#cache.set(indicator, values);
			this.values = values;
			this.loadedFor = indicator;
		} catch (error) {
			this.error = (error as Error).message;
		} finally {
			this.loading = false;
		}
	}
}
