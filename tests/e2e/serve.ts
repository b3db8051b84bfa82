/**
 * The server the end-to-end tests run against: the production build (`build/`, made by
 * `npm test` before Playwright starts) on a fresh SQLite file built from the migrations
 * and seeded with the demo data, signing in through the stand-in Latvija.lv identity
 * provider (a process of its own, on a free port). The demo sign-in stays on
 * (KOPA_DEMO_LOGIN=1): most specs sign in through it. Mail goes to the loopback sink on free
 * ports; its HTTP address is written to tests/.tmp/mail-sink-<port>.json for the specs
 * (tests/e2e/support/mail.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../../server/db/client.server';
import { seedIfEmpty } from '../../server/db/seed';
import { startStandin } from '../../server/idp-standin/spawn';
import { startSinkWithHttp } from '../../server/mail/sink-process';
import { freePort, GENEROUS_RATE_LIMITS } from '../support/server-process';

const port = process.env.KOPA_E2E_PORT ?? '4173';
const dir = 'tests/.tmp';
const dbPath = `${dir}/e2e-${port}.db`;

if (!existsSync('build/index.js')) {
	console.error('No build/: run `npm run build` first (npm test does).');
	process.exit(1);
}
mkdirSync(dir, { recursive: true });
for (const suffix of ['', '-wal', '-shm']) {
	rmSync(`${dbPath}${suffix}`, { force: true });
}
const db = openDatabase(dbPath);
seedIfEmpty(db);
db.$client.close();

const standin = await startStandin({
	port: Number(process.env.KOPA_E2E_IDP_PORT) || (await freePort()),
	dataDir: `${dir}/idp`,
	realm: 'urn:kopa:e2e'
});

const mailSink = await startSinkWithHttp({
	port: await freePort(),
	httpPort: await freePort(),
	dir: `${dir}/mail-sink-${port}`
});
writeFileSync(`${dir}/mail-sink-${port}.json`, JSON.stringify({ url: mailSink.http.url }));

const server = spawn(process.execPath, ['--import', 'tsx', 'server/http/serve.ts'], {
	stdio: 'inherit',
	env: {
		...process.env,
		...standin.appEnv,
		...mailSink.appEnv,
		// Notices' emails leave the outbox within half a second, not the default two.
		KOPA_OUTBOX_INTERVAL_MS: '500',
		NODE_ENV: 'production',
		KOPA_DEMO_LOGIN: '1',
		KOPA_DB: dbPath,
		PORT: port,
		HOST: '127.0.0.1',
		BODY_SIZE_LIMIT: '2M',
		// The suite signs in and syncs far more often from one address than a person would.
		...GENEROUS_RATE_LIMITS,
		ORIGIN: `http://localhost:${port}`
	}
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		server.kill(signal);
		standin.child.kill(signal);
	});
}
server.on('exit', (code) => {
	standin.child.kill('SIGTERM');
	void mailSink.close().finally(() => process.exit(code ?? 0));
});
