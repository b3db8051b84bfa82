/**
 * `npm start`: build if there is no build yet, migrate and seed the SQLite file, then serve
 * the production build with the demo sign-in enabled.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_DB_PATH, openDatabase } from '../db/client.server';
import { seedIfEmpty } from '../db/seed';

const dbPath = process.env.KOPA_DB || DEFAULT_DB_PATH;
const port = process.env.PORT || '3000';

if (!existsSync('build/index.js')) {
	console.log('No build yet: building (about a minute)…');
	const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) {
		process.exit(built.status ?? 1);
	}
}

const db = openDatabase(dbPath);
if (seedIfEmpty(db)) {
	console.log(`Seeded demo data into ${dbPath}`);
}
db.$client.close();

console.log(`Kopa on http://localhost:${port} (database ${dbPath})`);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/http/serve.ts'], {
	stdio: 'inherit',
	env: {
		...process.env,
		NODE_ENV: 'production',
		KOPA_DB: dbPath,
		PORT: port,
		// adapter-node assumes https when no ORIGIN is given, and then refuses form posts
		// (the sign-in) as cross-site. Behind a proxy, set ORIGIN to the public address.
		ORIGIN: process.env.ORIGIN || `http://localhost:${port}`,
		KOPA_DEMO_LOGIN: process.env.KOPA_DEMO_LOGIN ?? '1',
		// Room for 1 MiB upload chunks (adapter-node refuses bodies over 512 KiB by default).
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '2M'
	}
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
