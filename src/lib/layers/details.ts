import type { DetailSection, LayerMeta, Localised } from './types';

export interface ShownSection {
	title: Localised;
	/** The section's properties in order, or undefined while nothing it derives from has been measured. */
	rows: [name: string, value: unknown][] | undefined;
}

/**
 * A feature's properties as the details panel shows them: in the layer's sections and their order. A section derived
 * from readings has no rows until the feature has a reading, stored or live, so that a gauge that never reported is
 * not shown as "below SPA 1, data fine".
 */
export function detailSections(layer: Pick<LayerMeta, 'details'>, properties: Record<string, unknown>, hasLiveReading: boolean): ShownSection[] {
	const measured = (section: DetailSection) => !section.derivedFrom || properties[section.derivedFrom] != null || hasLiveReading;
	return (layer.details ?? []).map((section) => ({
		title: section.title,
		rows: measured(section) ? section.fields.filter((name) => name in properties).map((name) => [name, properties[name]] as [string, unknown]) : undefined
	}));
}
