import { formatNumber } from '$lib/i18n';
import { valueLabel } from '$lib/i18n/fields';
import type { Locale } from '$lib/layers/types';

/** The attributes a site is described by, in the comparison and on its printable sheet. */
export const SITE_FIELDS = ['code', 'municipality', 'district', 'area_ha', 'built_up_ha', 'previous_use', 'ownership', 'ecological_burden', 'state', 'proposed_reuse'] as const;

export function siteValue(value: unknown, locale: Locale): string {
	if (typeof value === 'number') return formatNumber(value, locale, { maximumFractionDigits: 2 });
	if (typeof value === 'string') return valueLabel(value, locale);
	return String(value ?? '—');
}
