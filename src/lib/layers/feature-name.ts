/** What to call a feature in tooltips, lists and headings: its name, a gauge's station, else its code. */
export function featureName(properties: Record<string, unknown>, fallback: string | number = ''): string {
	return String(properties.name ?? properties.station ?? properties.code ?? fallback);
}
