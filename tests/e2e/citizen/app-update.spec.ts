import { expect, test, type Route } from '@playwright/test';
import Database from 'better-sqlite3';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../server/db/client.server';
import { seedIfEmpty } from '../../../server/db/seed';
import { freePort, startServer, type RunningServer } from '../../support/server-process';
import { startEnrolmentAtChild } from '../support/enrolment';
import { signIn, waitForServiceWorker } from '../support/people';

// The browser fetches a worker update itself, out of reach of page.route, so this test
// serves its own copy of the build and really changes the worker file between versions.
const root = resolve('.');
const dir = join(root, 'tests', '.tmp', `app-update-${process.pid}`);
const buildCopy = join(dir, 'build');
let server: RunningServer | null = null;
let port = 0;

function start() {
	return startServer({
		repoRoot: root,
		dbPath: join(dir, 'app.db'),
		port,
		buildDir: buildCopy,
		origin: `http://localhost:${port}`,
		env: { KOPA_DEMO_LOGIN: '1' }
	});
}

test.beforeAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(join(root, 'build'), buildCopy, { recursive: true });
	// Only the plain file, so the edit below is what the browser gets.
	rmSync(join(buildCopy, 'client', 'service-worker.js.br'), { force: true });
	rmSync(join(buildCopy, 'client', 'service-worker.js.gz'), { force: true });
	const db = openDatabase(join(dir, 'app.db'));
	seedIfEmpty(db);
	db.$client.close();
	port = await freePort();
	server = await start();
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

test('a new version is offered with a prompt and never reloads over what is being typed', async ({
	page
}) => {
	const base = `http://localhost:${port}`;
	await page.goto(`${base}/login`);
	await signIn(page, 'demo-citizen-marta', base);
	await page.goto(`${base}/jurmala`);
	await waitForServiceWorker(page);
	await startEnrolmentAtChild(page);
	await page.getByLabel('Bērna vārds').fill('Anete');
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server');

	// Version 2 of the worker: new bytes on the server.
	await server?.stop();
	const worker = join(buildCopy, 'client', 'service-worker.js');
	writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// v2\n`);
	server = await start();

	// Changes made from here on cannot be sent yet: they wait in the outbox across the update.
	const refuse = (route: Route) => route.abort('connectionrefused');
	await page.context().route('**/trpc/sync.push*', refuse);

	// A marker that a reload would wipe.
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
	// Typing in progress, not yet autosaved, while the update arrives.
	await page.getByLabel('Bērna uzvārds').pressSequentially('Lie', { delay: 20 });
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});

	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toBeVisible();
	await page.getByLabel('Bērna uzvārds').pressSequentially('pa');
	// Offered, not forced: nothing reloaded the form being typed into.
	const notReloaded = () =>
		page
			.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded ?? false)
			// Mid-navigation there is no page to ask yet.
			.catch(() => null);
	expect(await notReloaded()).toBe(true);
	await expect(page.getByLabel('Bērna uzvārds')).toHaveValue('Liepa');

	// Accepting saves what was typed, then the page reloads under the new version.
	await prompt.getByRole('button', { name: 'Atjaunināt' }).click();
	await expect.poll(notReloaded).toBe(false);
	await expect(page.getByLabel('Bērna uzvārds')).toHaveValue('Liepa');
	await expect(page.getByLabel('Bērna vārds')).toHaveValue('Anete');
	await expect(page.getByTestId('update-prompt')).toBeHidden();

	// The queued change survived the update and the new version sends it.
	await expect(page.getByTestId('application-status')).not.toHaveAttribute('data-status', 'server');
	await page.context().unroute('**/trpc/sync.push*', refuse);
	await page.getByRole('button', { name: 'Sūtīt tagad' }).click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server', {
		timeout: 30_000
	});
	const row = new Database(join(dir, 'app.db'), { readonly: true })
		.prepare('select data from application')
		.get() as { data: string };
	expect(JSON.parse(row.data)).toMatchObject({ childGivenName: 'Anete', childSurname: 'Liepa' });
});
