// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/auth/roles';
import type { KeyScope } from '$lib/server/telemetry/keys';
import type { ViewState } from '$lib/state/url-state';

declare global {
	namespace App {
		/** Server errors carry only a reference for the log, never a stack, SQL or a path. */
		interface Error {
			message: string;
			reference?: string;
		}
		/** Set by the access hook before any handler runs (see src/lib/server/auth/policy.ts). */
		interface Locals {
			user?: SessionUser;
			/** An authenticated ingest device, on routes whose policy is `device`. */
			device?: KeyScope;
			/** The address used for rate limits, throttling and the audit trail. */
			clientAddress: string;
		}
		/** History entries made by the dashboard carry the view they show, so Back/Forward restore it. */
		interface PageState {
			view?: ViewState;
		}
	}
}

export {};
