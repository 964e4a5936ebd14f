import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ precompress: true }),
		// The kiosk page (and the others) arrive with their CSS inline: one response less on a congested hotspot.
		inlineStyleThreshold: 16 * 1024,
		// Only the kiosk page registers it, itself: the dashboard needs no offline copy.
		serviceWorker: { register: false },
		// Scripts only with a per-response nonce: no inline script runs unless the server rendered it. Styles stay
		// inline-able because Svelte and MapLibre set element styles. An external basemap widens connect-src and
		// img-src at runtime (src/lib/server/security.ts).
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				// WebAssembly (the tile decoder) may compile; no eval, no inline script.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// Form posts from other origins are refused (SvelteKit's default, stated so nobody turns it off).
		csrf: { trustedOrigins: [] }
	}
};

export default config;
