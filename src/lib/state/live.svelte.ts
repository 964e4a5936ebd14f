/** One reading as the live stream sends it (see src/lib/server/telemetry/stream.ts). */
export interface LiveReading {
	seq: number;
	layer: string;
	feature: number;
	property: string;
	unit: string;
	lon: number;
	lat: number;
	time: string;
	value: number;
}

const LAYERS = ['flood_gauges', 'rain_gauges', 'traffic_sensors', 'corridors_5g'];

/**
 * Live telemetry from `GET /api/stream`. While paused (WCAG 2.2.2) readings are still received but not shown;
 * resuming shows the newest of each.
 */
export class LiveState {
	paused = $state(false);
	connected = $state(false);
	lastUpdate = $state<number>();
	received = $state(0);
	/** Newest reading per `layer/feature/property`, as shown. */
	latest = $state.raw(new Map<string, LiveReading>());
	#pending = new Map<string, LiveReading>();
	#source?: EventSource;
	#listeners = new Set<(readings: LiveReading[]) => void>();

	static key(layer: string, feature: number, property: string) {
		return `${layer}/${feature}/${property}`;
	}

	connect() {
		this.#source?.close();
		const source = new EventSource(`/api/stream?layers=${LAYERS.join(',')}`);
		source.onopen = () => (this.connected = true);
		source.onerror = () => (this.connected = false);
		source.addEventListener('observation', (event) => {
			const reading = JSON.parse((event as MessageEvent<string>).data) as LiveReading;
			this.received++;
			this.#pending.set(LiveState.key(reading.layer, reading.feature, reading.property), reading);
			if (!this.paused) this.#flush();
		});
		// The server could not replay everything missed while disconnected: start again from the stored state.
		source.addEventListener('resync', () => void this.seed(fetch, true));
		this.#source = source;
	}

	/**
	 * Seeds the newest stored readings so the map shows the current state before the first live event; after a
	 * `resync`, also replaces what is shown where the stored reading is newer.
	 */
	async seed(fetcher: typeof fetch = fetch, resync = false) {
		// All layers at once: on a weak connection one round trip instead of one per layer.
		const responses = await Promise.all(LAYERS.map((layer) => fetcher(`/api/datastreams?layer=${layer}`)));
		for (const response of responses) {
			if (!response.ok) continue;
			const { datastreams } = (await response.json()) as {
				datastreams: { id: number; layer: string; feature: number; property: string; unit: string; lon: number; lat: number; latest_time: string | null; latest_value: number | null }[];
			};
			for (const stream of datastreams) {
				if (stream.latest_time === null || stream.latest_value === null) continue;
				const key = LiveState.key(stream.layer, stream.feature, stream.property);
				const known = this.#pending.get(key) ?? (resync ? this.latest.get(key) : undefined);
				if (!known || (resync && Date.parse(known.time) < Date.parse(stream.latest_time))) this.#pending.set(key, { seq: 0, layer: stream.layer, feature: stream.feature, property: stream.property, unit: stream.unit, lon: stream.lon, lat: stream.lat, time: stream.latest_time, value: stream.latest_value });
			}
		}
		if (!this.paused) this.#flush();
	}

	setPaused(paused: boolean) {
		this.paused = paused;
		if (!paused) this.#flush();
	}

	onReadings(listener: (readings: LiveReading[]) => void) {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close() {
		this.#source?.close();
		this.connected = false;
	}

	#flush() {
		if (this.#pending.size === 0) return;
		const readings = [...this.#pending.values()];
		this.#pending.clear();
		const latest = new Map(this.latest);
		for (const reading of readings) latest.set(LiveState.key(reading.layer, reading.feature, reading.property), reading);
		this.latest = latest;
		this.lastUpdate = Date.now();
		for (const listener of this.#listeners) listener(readings);
	}
}
