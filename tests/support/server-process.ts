import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The production server (server/http/serve.ts around the build's handler, as `npm start`
 * runs it) as a child process, on loopback only.
 */
// Shared by the benchmark and the end-to-end tests that need a server of their own.

const READY_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 3_000;

export type RunningServer = { origin: string; stop: () => Promise<void> };

/** Builds the app when there is no build yet; the build's output goes to stderr. */
export function ensureBuild(repoRoot: string): void {
	if (existsSync(join(repoRoot, 'build', 'index.js'))) {
		return;
	}
	console.error('no build/index.js yet, building with `npx vite build` first…');
	// stdout stays reserved for the JSON figures.
	const built = spawnSync('npx', ['vite', 'build'], {
		cwd: repoRoot,
		stdio: ['ignore', 2, 2],
		timeout: 300_000
	});
	if (built.status !== 0) {
		throw new Error(`vite build failed (${built.signal ?? `status ${built.status}`})`);
	}
}

/** A port nobody listens on right now; the OS picks it. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
		});
	});
}

export type ServerOptions = {
	/** Where the server runs: it resolves its migrations folder (drizzle/) from here. */
	repoRoot: string;
	dbPath: string;
	port: number;
	/** The build to serve; default `<repoRoot>/build`. Tests that alter a build use a copy. */
	buildDir?: string;
	/** The origin the browser uses (default http://127.0.0.1:port). */
	origin?: string;
	env?: Record<string, string>;
};

/**
 * Rate limits far above what the tests and the benchmark send from their one address; a
 * test of the limits themselves passes lower ones in `env`.
 */
export const GENEROUS_RATE_LIMITS: Record<string, string> = {
	KOPA_RATE_SIGN_IN: '100000',
	KOPA_RATE_PUSH: '1000000',
	KOPA_RATE_PUSH_ADDRESS: '1000000',
	KOPA_RATE_UPLOAD: '1000000',
	KOPA_RATE_UPLOAD_ADDRESS: '1000000',
	KOPA_RATE_MY_DATA: '1000000',
	KOPA_RATE_MY_DATA_ADDRESS: '1000000',
	KOPA_RATE_SEARCH: '1000000',
	KOPA_RATE_SEARCH_ADDRESS: '1000000'
};

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const { repoRoot, dbPath, port } = options;
	const origin = options.origin ?? `http://127.0.0.1:${port}`;
	const buildDir = options.buildDir ?? join(repoRoot, 'build');
	// TypeScript run through tsx, resolved from the repository's node_modules (cwd).
	const entry = ['--import', 'tsx', join(repoRoot, 'server', 'http', 'serve.ts'), buildDir];
	const child = spawn(process.execPath, entry, {
		// The server resolves its migrations folder (drizzle/) from its working directory.
		cwd: repoRoot,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			KOPA_DB: dbPath,
			// adapter-node otherwise waits up to 30 s for keep-alive connections on SIGTERM.
			SHUTDOWN_TIMEOUT: '1',
			...GENEROUS_RATE_LIMITS,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const prefix = (chunk: Buffer) =>
		process.stderr.write(
			chunk
				.toString()
				.split('\n')
				.filter((line) => line.length > 0)
				.map((line) => `[server] ${line}\n`)
				.join('')
		);
	child.stdout.on('data', prefix);
	child.stderr.on('data', prefix);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	// Whatever ends this process (error, watchdog, Ctrl-C) must not leave the server behind.
	const killOnExit = () => child.kill('SIGKILL');
	process.on('exit', killOnExit);

	const stop = async () => {
		process.off('exit', killOnExit);
		if (child.exitCode !== null || child.signalCode !== null) {
			return;
		}
		child.kill('SIGTERM');
		const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
		await exited;
		clearTimeout(force);
	};

	try {
		await waitUntilAnswering(`http://127.0.0.1:${port}`, () => child.exitCode ?? child.signalCode);
	} catch (error) {
		await stop();
		throw error;
	}
	return { origin, stop };
}

/** Polls until the server answers any HTTP request; fails fast if it exits instead. */
async function waitUntilAnswering(origin: string, exitStatus: () => number | string | null) {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		const status = exitStatus();
		if (status !== null) {
			throw new Error(`server exited before answering (${status})`);
		}
		try {
			const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
			await response.body?.cancel();
			return;
		} catch {
			await sleep(100);
		}
	}
	throw new Error(`server did not answer on ${origin} within ${READY_TIMEOUT_MS} ms`);
}
