import { findLayer, LAYERS, LAYER_IDS, type LayerMeta } from '$lib/layers';

export type LayerSelection = { ok: true; layers: LayerMeta[]; key: string } | { ok: false; message: string; valid: readonly string[] };

/**
 * Parses `a,b,c` from the URL into known layers in drawing order, so `b,a` and `a,b` share one statement and one
 * cache entry. Unknown ids (including anything that looks like SQL) are rejected with the list of valid ids.
 */
export function selectLayers(param: string): LayerSelection {
	const ids = param.split(',');
	const unknown = ids.filter((id) => !findLayer(id));
	if (unknown.length > 0 || ids.length === 0) {
		const shown = unknown.map((id) => `'${id.slice(0, 40)}'`).join(', ');
		return { ok: false, message: `Unknown layer ${shown}. Valid layers: ${LAYER_IDS.join(', ')}.`, valid: LAYER_IDS };
	}
	if (new Set(ids).size !== ids.length) {
		return { ok: false, message: `A layer is listed twice in '${param}'.`, valid: LAYER_IDS };
	}
	const layers = LAYERS.filter((layer) => ids.includes(layer.id));
	return { ok: true, layers, key: layers.map((layer) => layer.id).join(',') };
}
