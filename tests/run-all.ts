/**
 * `npm test`: unit and integration tests (vitest), then a fresh production build, then the
 * end-to-end tests (Playwright in Debian's Chromium) against that build. Stops at the first
 * failing stage.
 *
 * The build names the loopback tile server tests/e2e/forms/map-tiles.spec.ts starts, so that
 * spec runs instead of skipping (docs/map.md). The build records this in build/ and
 * `npm start` rebuilds without it (server/cli/build-stamp.ts).
 */
import { spawnSync } from 'node:child_process';
import { buildApp } from '../server/cli/build-stamp';

const tilePort = process.env.KOPA_E2E_TILE_PORT ?? '4180';
/** The build-time settings of the test build: the test tile server, its host as attribution. */
const buildEnv: Record<string, string | undefined> = {
	...process.env,
	PUBLIC_KOPA_MAP_TILES: `http://127.0.0.1:${tilePort}/{z}/{x}/{y}.png`,
	// The spec expects the default attribution (the tile host), not a configured one.
	PUBLIC_KOPA_MAP_ATTRIBUTION: undefined
};

const npx =
	(args: string[], env: Record<string, string | undefined> = process.env) =>
	() =>
		spawnSync('npx', args, { stdio: 'inherit', env }).status ?? 1;

const stages: [string, string, () => number][] = [
	['unit and integration tests', 'npx vitest run', npx(['vitest', 'run'])],
	[
		'production build',
		`PUBLIC_KOPA_MAP_TILES=${buildEnv.PUBLIC_KOPA_MAP_TILES} npx vite build`,
		() => buildApp(buildEnv)
	],
	// With the build's settings: the spec that runs `npm start` must find the build current,
	// not rebuild build/ from under the server the other specs are using.
	['end-to-end tests', 'npx playwright test', npx(['playwright', 'test'], buildEnv)]
];

for (const [name, shown, run] of stages) {
	console.log(`\n▶ ${name}: ${shown}`);
	const started = Date.now();
	const status = run();
	const seconds = Math.round((Date.now() - started) / 1000);
	if (status !== 0) {
		console.error(`✖ ${name} failed after ${seconds} s`);
		process.exit(status);
	}
	console.log(`✔ ${name} (${seconds} s)`);
}
