// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ViewState } from '$lib/state/url-state';

declare global {
	namespace App {
		/** History entries made by the dashboard carry the view they show, so Back/Forward restore it. */
		interface PageState {
			view?: ViewState;
		}
	}
}

export {};
