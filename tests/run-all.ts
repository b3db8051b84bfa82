/**
 * `npm test`: unit and integration tests (vitest), then a fresh production build, then the
 * end-to-end tests (Playwright in Debian's Chromium) against that build. Stops at the first
 * failing stage.
 */
import { spawnSync } from 'node:child_process';

const stages: [string, string[]][] = [
	['unit and integration tests', ['vitest', 'run']],
	['production build', ['vite', 'build']],
	['end-to-end tests', ['playwright', 'test']]
];

for (const [name, args] of stages) {
	console.log(`\n▶ ${name}: npx ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
	const seconds = Math.round((Date.now() - started) / 1000);
	if (result.status !== 0) {
		console.error(`✖ ${name} failed after ${seconds} s`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${name} (${seconds} s)`);
}
