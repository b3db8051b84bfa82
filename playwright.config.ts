import { defineConfig } from '@playwright/test';

// Service-worker requests are visible to context.route only with this flag (SYNC.md T5).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const E2E_PORT = Number(process.env.KOPA_E2E_PORT ?? 4173);
// localhost, not 127.0.0.1: a secure context, so service workers and Web Locks are on.
const baseURL = `http://localhost:${E2E_PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.KOPA_CHROMIUM ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// A production build (the service worker exists only there) on a fresh database.
		command: 'tsx tests/e2e/serve.ts',
		url: `${baseURL}/shell`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
		stderr: 'pipe',
		env: { KOPA_E2E_PORT: String(E2E_PORT) }
	}
});
