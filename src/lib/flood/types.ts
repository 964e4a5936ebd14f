/** Shapes the flood-watch server hands to pages. */

export interface GaugeStatus {
	sensor: number;
	layer: 'flood_gauges' | 'rain_gauges';
	feature: number;
	name: string;
	lon: number;
	lat: number;
	river: string | null;
	basis: 'stage' | 'discharge';
	thresholds: (number | null)[];
	level: 'none' | 'normal' | 'spa1' | 'spa2' | 'spa3' | 'extreme';
	quality: 'ok' | 'stale' | 'fault';
	value: number | null;
	ratePerHour: number | null;
	observedAt: Date | null;
	unacknowledged: number;
}

export interface AlertRow {
	id: number;
	sensor: number;
	layer: string;
	feature: number;
	name: string;
	lon: number;
	lat: number;
	kind: string;
	severity: number;
	threshold: number | null;
	unit: string | null;
	startedAt: Date;
	startValue: number | null;
	peakValue: number | null;
	peakAt: Date | null;
	endedAt: Date | null;
	endValue: number | null;
	acknowledgedAt: Date | null;
	acknowledgedBy: string | null;
	ackNote: string | null;
	details: Record<string, unknown>;
}

export interface IncidentNote {
	id: string;
	at: Date;
	author: string;
	category: 'situation' | 'measure' | 'report' | 'other';
	text: string;
	sensor: number | null;
	sensorName: string | null;
}

export interface Thresholds {
	spa1: number | null;
	spa2: number | null;
	spa3: number | null;
	extreme: number | null;
	drought: number | null;
}

export interface HydrographSeries {
	property: 'stage' | 'discharge' | 'rainfall';
	unit: string;
	times: number[];
	values: number[];
}
