/** Measured flood-activity level of a gauge from its stage and ČHMÚ's thresholds (SPA4 = extreme). */
export type SpaLevel = 'none' | 'spa1' | 'spa2' | 'spa3' | 'extreme';

export interface StageThresholds {
	spa1_cm?: number | null;
	spa2_cm?: number | null;
	spa3_cm?: number | null;
	extreme_cm?: number | null;
}

/**
 * The highest level whose threshold the stage reaches, or undefined when the gauge has no stage thresholds at all
 * (then nothing is claimed). SPA4 counts as extreme only where ČHMÚ set it above SPA 3; a few stations list it lower.
 */
export function spaLevel(stage: number, thresholds: StageThresholds): SpaLevel | undefined {
	const { spa1_cm: spa1, spa2_cm: spa2, spa3_cm: spa3, extreme_cm: extreme } = thresholds;
	if (spa1 == null && spa2 == null && spa3 == null && extreme == null) return undefined;
	if (extreme != null && extreme > (spa3 ?? 0) && stage >= extreme) return 'extreme';
	if (spa3 != null && stage >= spa3) return 'spa3';
	if (spa2 != null && stage >= spa2) return 'spa2';
	if (spa1 != null && stage >= spa1) return 'spa1';
	return 'none';
}
