import { spaLevel, type StageThresholds } from '$lib/flood/spa';
import { featureName } from '$lib/layers/feature-name';
import type { LayerMeta, Locale } from '$lib/layers/types';
import type { Translate } from '$lib/i18n';

export interface Tooltip {
	text: string;
	/** What the feature is, and for a gauge with a live stage its flood-activity level. */
	meta: string;
}

/**
 * A hovered feature's short description. Many features are named after their town (the municipality, its gauge,
 * its counters), so the name alone does not say which one the pointer is on.
 */
export function tooltipFor(layer: LayerMeta, properties: Record<string, unknown>, state: Record<string, unknown>, lang: Locale, t: Translate): Tooltip {
	const level = layer.id === 'flood_gauges' && typeof state.stage === 'number' ? spaLevel(state.stage, properties as StageThresholds) : undefined;
	return { text: featureName(properties), meta: [layer.title[lang], level && t(`spa.${level}`)].filter(Boolean).join(' · ') };
}
