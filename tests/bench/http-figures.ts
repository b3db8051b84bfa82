import { join } from 'node:path';
import { freePort, startServer } from '../support/server-process';
import { prepareAppDb } from './bench-db';
import {
	BURST_PEOPLE,
	burstFigures,
	countDuplicates,
	countSubmitted,
	measureBurst,
	prepareBurstDb
} from './burst';
import { measureNoopPair, noopFigures, startBare, type Figure } from './http-noop';

/**
 * The HTTP figures of issue 15 against the production build, each on a fresh database file
 * with a server of its own: the no-op call beside bare node:http (tests/bench/http-noop.ts)
 * and the enrolment-day burst (tests/bench/burst.ts).
 */

export type HttpFigureKind = 'noop' | 'burst';

const NOOP_SECONDS = 3;
const NOOP_PERSON = 'demo-citizen-anna';

async function noop(repoRoot: string, tmpDir: string): Promise<Figure[]> {
	const dbPath = join(tmpDir, 'noop.db');
	const token = prepareAppDb(dbPath, [NOOP_PERSON]).get(NOOP_PERSON);
	if (!token) {
		throw new Error('no session for the no-op bench');
	}
	const server = await startServer({ repoRoot, dbPath, port: await freePort() });
	const bare = await startBare();
	try {
		const { appRps, bareRps } = await measureNoopPair(server.origin, token, bare.url, NOOP_SECONDS);
		return noopFigures(appRps, bareRps);
	} finally {
		bare.stop();
		await server.stop();
	}
}

async function burst(repoRoot: string, tmpDir: string): Promise<Figure[]> {
	const dbPath = join(tmpDir, 'burst.db');
	const tokens = prepareBurstDb(dbPath);
	const server = await startServer({ repoRoot, dbPath, port: await freePort() });
	let outcome: Awaited<ReturnType<typeof measureBurst>>;
	try {
		outcome = await measureBurst(server.origin, tokens);
	} finally {
		await server.stop();
	}
	// Checked in the file the server wrote, after it stopped.
	const missing = Math.max(0, BURST_PEOPLE - countSubmitted(dbPath) - outcome.errors);
	return burstFigures(outcome, countDuplicates(dbPath), missing);
}

export async function runHttpFigures(
	repoRoot: string,
	tmpDir: string,
	kinds: readonly HttpFigureKind[]
): Promise<Figure[]> {
	const figures: Figure[] = [];
	if (kinds.includes('noop')) {
		figures.push(...(await noop(repoRoot, tmpDir)));
	}
	if (kinds.includes('burst')) {
		figures.push(...(await burst(repoRoot, tmpDir)));
	}
	return figures;
}
