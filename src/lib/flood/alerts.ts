/** What can raise an alert at a gauge. The four levels follow ČHMÚ: SPA 1 bdělost, 2 pohotovost, 3 ohrožení, extreme. */
export const ALERT_KINDS = ['spa1', 'spa2', 'spa3', 'extreme', 'rise', 'rain_1h', 'rain_24h', 'stale', 'fault'] as const;

export type AlertKind = (typeof ALERT_KINDS)[number];

export const LEVEL_KINDS = ['spa1', 'spa2', 'spa3', 'extreme'] as const satisfies readonly AlertKind[];

export type LevelKind = (typeof LEVEL_KINDS)[number];

export type GaugeLevel = 'none' | 'normal' | LevelKind;

export type GaugeQuality = 'ok' | 'stale' | 'fault';

/** 1 information … 4 extreme; a rapid rise or heavy rain is as urgent as SPA 2. */
export const SEVERITY: Record<AlertKind, 1 | 2 | 3 | 4> = {
	spa1: 1,
	spa2: 2,
	spa3: 3,
	extreme: 4,
	rise: 2,
	rain_1h: 2,
	rain_24h: 2,
	stale: 1,
	fault: 1
};

export type AlertStatus = 'active-unacknowledged' | 'active-acknowledged' | 'cleared' | 'cleared-unacknowledged';

export function alertStatus(alert: { endedAt: string | Date | null; acknowledgedAt: string | Date | null }): AlertStatus {
	if (!alert.endedAt) return alert.acknowledgedAt ? 'active-acknowledged' : 'active-unacknowledged';
	return alert.acknowledgedAt ? 'cleared' : 'cleared-unacknowledged';
}

/** Ranks a gauge for the operator list: worse level first, then worse data quality. */
export function levelRank(level: GaugeLevel): number {
	return { extreme: 5, spa3: 4, spa2: 3, spa1: 2, normal: 1, none: 0 }[level];
}
