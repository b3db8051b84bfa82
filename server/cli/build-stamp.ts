/**
 * Whether the production build in build/ was made with the build-time settings of now.
 * Kit bakes every PUBLIC_* variable into the bundle ($env/static/public) and svelte.config.js
 * writes the map's tile origin into the prerendered shell's Content-Security-Policy, so a
 * build made by `npm test` (whose tile server is a loopback test server) must not be served
 * by a later `npm start`. Each build made through `buildApp` records the variables it saw in
 * build/kopa-build-env.json; `npm start` rebuilds when they differ from its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BUILD_DIR = 'build';
export const BUILD_STAMP = `${BUILD_DIR}/kopa-build-env.json`;

/** Kit's default public prefix: exactly what $env/static/public takes from the environment. */
const PUBLIC_PREFIX = 'PUBLIC_';

type Env = Record<string, string | undefined>;

/** The variables a build bakes in, by name (sorted, so equal settings give equal text). */
export function buildTimeEnv(env: Env): Record<string, string> {
	return Object.fromEntries(
		Object.keys(env)
			.filter((name) => name.startsWith(PUBLIC_PREFIX) && env[name] !== undefined)
			.sort()
			.map((name) => [name, env[name] as string])
	);
}

/** What build/ records of its making: its variables, as `stampText` wrote them. */
export function stampText(env: Env): string {
	return `${JSON.stringify({ version: 1, env: buildTimeEnv(env) }, null, '\t')}\n`;
}

function recordedEnv(stamp: string): Record<string, string> | null {
	try {
		const parsed: unknown = JSON.parse(stamp);
		if (parsed === null || typeof parsed !== 'object' || !('env' in parsed)) {
			return null;
		}
		const env = parsed.env;
		if (env === null || typeof env !== 'object' || Array.isArray(env)) {
			return null;
		}
		const entries = Object.entries(env);
		return entries.every(([, value]) => typeof value === 'string')
			? Object.fromEntries(entries)
			: null;
	} catch {
		return null;
	}
}

/**
 * Why build/ must be made again for `env`, or null when it may be served as it is. A build
 * without a readable stamp (made by a bare `vite build`, or an older Kopa) is rebuilt: what
 * it baked in is unknown, and serving a test server's tile origin costs more than a minute.
 */
export function rebuildReason(hasBuild: boolean, stamp: string | null, env: Env): string | null {
	if (!hasBuild) {
		return 'there is no build yet';
	}
	const recorded = stamp === null ? null : recordedEnv(stamp);
	if (!recorded) {
		return 'the build does not record the settings it was made with';
	}
	const wanted = buildTimeEnv(env);
	const names = [...new Set([...Object.keys(recorded), ...Object.keys(wanted)])].sort();
	const changed = names.filter((name) => recorded[name] !== wanted[name]);
	return changed.length > 0
		? `the build was made with other build-time settings (${changed.join(', ')})`
		: null;
}

/** `rebuildReason` for the build/ on disk. */
export function rebuildReasonOnDisk(env: Env): string | null {
	const stamp = existsSync(BUILD_STAMP) ? readFileSync(BUILD_STAMP, 'utf8') : null;
	return rebuildReason(existsSync(`${BUILD_DIR}/index.js`), stamp, env);
}

/**
 * `vite build` with `env`, then the stamp of what it was built with. Returns the build's exit
 * status; on failure no stamp is written (adapter-node empties build/ first, so none is left).
 */
export function buildApp(env: Env): number {
	const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env });
	if (built.status === 0) {
		writeFileSync(BUILD_STAMP, stampText(env));
	}
	return built.status ?? 1;
}
