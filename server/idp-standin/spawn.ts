import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { STANDIN_ISSUER, STANDIN_WSFED_PATH } from './settings';

/**
 * Runs the stand-in identity provider as a child process (as `npm start` and the e2e server
 * do) and gives the app's KOPA_IDP_* settings that point at it.
 */
export type RunningStandin = {
	child: ChildProcess;
	/** The KOPA_IDP_* settings for the app. */
	appEnv: Record<string, string>;
};

const READY_TIMEOUT_MS = 30_000;

export async function startStandin(options: {
	port: number;
	dataDir: string;
	/** The realm the app announces; the stand-in puts it in the assertion's audience. */
	realm: string;
}): Promise<RunningStandin> {
	const dataDir = resolve(options.dataDir);
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/idp-standin/main.ts'], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {
			...process.env,
			KOPA_IDP_PORT: String(options.port),
			KOPA_IDP_HOST: '127.0.0.1',
			KOPA_IDP_DATA_DIR: dataDir,
			KOPA_IDP_ISSUER: STANDIN_ISSUER
		}
	});
	// 127.0.0.1, not localhost: another site than the app at localhost, as Latvija.lv is.
	const base = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`the stand-in identity provider exited (${child.exitCode})`);
		}
		const up = await fetch(`${base}/health`).then(
			(r) => r.ok,
			() => false
		);
		if (up) {
			return {
				child,
				appEnv: {
					KOPA_IDP_URL: `${base}${STANDIN_WSFED_PATH}`,
					KOPA_IDP_REALM: options.realm,
					KOPA_IDP_ISSUER: STANDIN_ISSUER,
					KOPA_IDP_CERT: resolve(dataDir, 'cert.pem')
				}
			};
		}
		await sleep(150);
	}
	child.kill('SIGTERM');
	throw new Error('the stand-in identity provider did not start in time');
}
