import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../support/server-process';

// `npm start` as a newcomer runs it: on an empty database file, then signing in through the
// demo page. (Without a default ORIGIN, adapter-node took the form post for cross-site.)
test('npm start migrates, seeds and serves a working demo sign-in', async ({ page }) => {
	const dir = resolve('tests', '.tmp', `start-${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const child = spawn('npx', ['tsx', 'server/cli/start.ts'], {
		env: { ...process.env, PORT: String(port), KOPA_DB: join(dir, 'kopa.db'), ORIGIN: '' },
		stdio: 'ignore',
		detached: true
	});
	try {
		const base = `http://localhost:${port}`;
		for (let i = 0; i < 100; i++) {
			const ok = await fetch(`${base}/shell`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) {
				break;
			}
			await sleep(200);
		}
		await page.goto(`${base}/login`);
		await page.getByTestId('login-demo-citizen-anna').click();
		await expect(page.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
		await expect(page.getByTestId('municipalities').getByRole('link')).toHaveCount(6);
	} finally {
		if (child.pid) {
			process.kill(-child.pid, 'SIGTERM');
		}
		rmSync(dir, { recursive: true, force: true });
	}
});
