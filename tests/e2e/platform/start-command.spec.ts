import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../support/server-process';

// `npm start` as a newcomer runs it: on an empty database file, then signing in through the
// stand-in Latvija.lv identity provider it starts. (Without a default ORIGIN, adapter-node
// took form posts for cross-site.)
test('npm start migrates, seeds and serves a working Latvija.lv-protocol sign-in', async ({
	page
}) => {
	const dir = resolve('tests', '.tmp', `start-${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const idpPort = await freePort();
	const child = spawn('npx', ['tsx', 'server/cli/start.ts'], {
		env: {
			...process.env,
			PORT: String(port),
			KOPA_DB: join(dir, 'kopa.db'),
			ORIGIN: '',
			KOPA_DEMO_LOGIN: '',
			KOPA_IDP_URL: '',
			KOPA_IDP_PORT: String(idpPort),
			KOPA_IDP_DATA_DIR: join(dir, 'idp')
		},
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
		await expect(page.getByTestId('login-demo-citizen-anna')).toHaveCount(0);
		await page.getByTestId('login-latvija').click();
		await page.getByTestId('idp-person-citizen-anna').click();
		await expect(page.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
		await expect(page.getByTestId('municipalities').getByRole('link')).toHaveCount(6);
	} finally {
		if (child.pid) {
			process.kill(-child.pid, 'SIGTERM');
		}
		rmSync(dir, { recursive: true, force: true });
	}
});
