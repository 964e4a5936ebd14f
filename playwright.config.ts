import { defineConfig } from '@playwright/test';

const port = 4173;

/** Browser and HTTP tests run against the built app on its own test database (see src/cli/start.ts). */
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			// Debian's Chromium: Playwright's own browser download is not available here.
			executablePath: '/usr/bin/chromium',
			args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	webServer: {
		command: 'npx tsx src/cli/start.ts',
		url: `http://127.0.0.1:${port}/api/health`,
		// Client addresses come from X-Forwarded-For, as behind a proxy, so tests can be distinct clients (fixtures.ts).
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ATLAS_DB_NAME: 'region_atlas_test',
			ORIGIN: `http://127.0.0.1:${port}`,
			ADDRESS_HEADER: 'X-Forwarded-For',
			XFF_DEPTH: '1',
			// The test OpenID Connect provider of tests/e2e/oidc-provider.ts.
			ATLAS_OIDC_ISSUER: 'http://127.0.0.1:4180',
			ATLAS_OIDC_CLIENT_ID: 'region-atlas',
			ATLAS_OIDC_CLIENT_SECRET: 'e2e-client-secret',
			ATLAS_OIDC_ROLE_MAP: 'atlas-planner=planner,atlas-flood=flood_operator'
		},
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 }
	}
});
