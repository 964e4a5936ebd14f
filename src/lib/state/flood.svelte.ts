import { invalidate } from '$app/navigation';
import { FLOOD_DATA } from './flood-data';

/**
 * Keeps an operator screen current: alert events and readings from the live stream reload the view's data (at
 * most every two seconds), so an acknowledgement or a new alert on another screen shows up here too.
 */
export class FloodLive {
	connected = $state(false);
	updatedAt = $state<Date>();
	#source?: EventSource;
	#pending?: ReturnType<typeof setTimeout>;

	start() {
		this.#source = new EventSource('/api/stream?layers=flood_gauges,rain_gauges');
		this.#source.onopen = () => {
			this.connected = true;
			this.#refresh(0);
		};
		this.#source.onerror = () => (this.connected = false);
		this.#source.addEventListener('alert', () => this.#refresh(0));
		this.#source.addEventListener('resync', () => this.#refresh(0));
		this.#source.addEventListener('observation', () => this.#refresh(2_000));
	}

	stop() {
		this.#source?.close();
		clearTimeout(this.#pending);
	}

	/** After our own changes (acknowledge, note) too. */
	refresh() {
		this.#refresh(0);
	}

	#refresh(delay: number) {
		if (this.#pending && delay > 0) return;
		clearTimeout(this.#pending);
		this.#pending = setTimeout(async () => {
			this.#pending = undefined;
			await invalidate(FLOOD_DATA);
			this.updatedAt = new Date();
		}, delay);
	}
}
