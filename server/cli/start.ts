/**
 * `npm start`: build if there is no build yet or it was made with other build-time settings
 * (build-stamp.ts), migrate and seed the SQLite file, start the stand-in Latvija.lv identity
 * provider (unless KOPA_IDP_URL names a real one) and, outside production without
 * KOPA_SMTP_URL, the development mail sink (docs/email.md), then serve the production build
 * configured to sign in through the one and send mail to the other.
 */
import { spawn } from 'node:child_process';
import { DEFAULT_DB_PATH, openDatabase } from '../db/client.server';
import { seedIfEmpty } from '../db/seed';
import { upgradeStoredAnswers } from '../applications/one-page-enrolments';
import { backfillFacets } from '../applications/facets';
import { loadLatvijaConfig } from '../identity/latvija/config';
import { startStandin, type RunningStandin } from '../idp-standin/spawn';
import { sinkSettings, startSinkWithHttp, type RunningSinkWithHttp } from '../mail/sink-process';
import { STANDIN_DEFAULT_DIR, STANDIN_DEFAULT_PORT } from '../idp-standin/settings';
import { buildApp, rebuildReasonOnDisk } from './build-stamp';

const dbPath = process.env.KOPA_DB || DEFAULT_DB_PATH;
const port = process.env.PORT || '3000';
// adapter-node assumes https when no ORIGIN is given, and then refuses form posts as
// cross-site. Behind a proxy, set ORIGIN to the public address.
const origin = process.env.ORIGIN || `http://localhost:${port}`;

// A build made with other build-time settings (npm test's loopback tile server) is not
// reused: the tile URL and the page's policy are baked into it.
const rebuild = rebuildReasonOnDisk(process.env);
if (rebuild) {
	console.log(`Building (about a minute): ${rebuild}…`);
	const status = buildApp(process.env);
	if (status !== 0) {
		process.exit(status);
	}
}

const db = openDatabase(dbPath);
if (seedIfEmpty(db)) {
	console.log(`Seeded demo data into ${dbPath}`);
}
const upgraded = upgradeStoredAnswers(db);
if (upgraded > 0) {
	console.log(`Rewrote ${upgraded} application(s) stored in an older shape`);
}
// Applications submitted before the queue's facets existed become searchable.
const indexed = backfillFacets(db);
if (indexed > 0) {
	console.log(`Indexed ${indexed} application(s) for the officers' queue`);
}
db.$client.close();

// A configured provider (KOPA_IDP_URL and the rest) is used as is; otherwise the stand-in.
let standin: RunningStandin | null = null;
if (!process.env.KOPA_IDP_URL) {
	standin = await startStandin({
		port: Number(process.env.KOPA_IDP_PORT || STANDIN_DEFAULT_PORT),
		dataDir: process.env.KOPA_IDP_DATA_DIR || STANDIN_DEFAULT_DIR,
		realm: process.env.KOPA_IDP_REALM || 'urn:kopa:demo'
	});
}

// Mail goes to a real relay when one is named; in development to the loopback sink, whose
// messages are read at its HTTP address (npm run mail-sink runs the same on its own).
let mailSink: RunningSinkWithHttp | null = null;
if (!process.env.KOPA_SMTP_URL && process.env.NODE_ENV !== 'production') {
	mailSink = await startSinkWithHttp(sinkSettings(process.env), (line) => console.log(line));
	console.log(`Mail goes to the development sink: read it at ${mailSink.http.url}/messages`);
}

// Checked here, before serving, so a wrong setting stops the start with its name.
try {
	loadLatvijaConfig({ ...process.env, ...standin?.appEnv, ORIGIN: origin });
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	standin?.child.kill('SIGTERM');
	await mailSink?.close();
	process.exit(1);
}

console.log(`Kopa on ${origin} (database ${dbPath})`);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/http/serve.ts'], {
	stdio: 'inherit',
	env: {
		...process.env,
		...standin?.appEnv,
		...mailSink?.appEnv,
		NODE_ENV: 'production',
		KOPA_DB: dbPath,
		PORT: port,
		ORIGIN: origin,
		// Room for 1 MiB upload chunks (adapter-node refuses bodies over 512 KiB by default).
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '2M'
	}
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		server.kill(signal);
		standin?.child.kill(signal);
	});
}
server.on('exit', (code) => {
	standin?.child.kill('SIGTERM');
	void (mailSink?.close() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
});
// Without its identity provider nobody can sign in: stop the app too.
standin?.child.on('exit', (code) => {
	if (server.exitCode === null) {
		console.error(`The stand-in identity provider stopped (${code}); stopping Kopa.`);
		server.kill('SIGTERM');
	}
});
