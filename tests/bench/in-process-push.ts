import { mutators } from '../../server/app/mutators';
import { push } from '../../server/sync/sync.service';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { createSeededDb } from './bench-db';
import { BATCH_SIZE, CITIZEN_IDS, saveDraftBatch } from './workload';

/**
 * `sync.push` in process: the sync service called directly with the app's mutators on a
 * fresh seeded file, no HTTP, tRPC or session. One client per demo citizen, rotated, each
 * pushing its next batch of BATCH_SIZE new drafts; every mutation must be applied.
 */

export type InProcessRun = { mutationsPerSecond: number };

export async function measureInProcessPush(
	path: string,
	warmupMs: number,
	measureMs: number
): Promise<InProcessRun> {
	const db = createSeededDb(path);
	try {
		const clients = CITIZEN_IDS.map((personId) => ({
			actor: { id: personId, givenName: 'Bench', surname: 'Citizen', personalCode: '000000-00000' },
			clientId: uuidv7(),
			nextId: 1
		}));
		let batches = 0;
		let applied = 0;
		const runFor = async (ms: number) => {
			const start = performance.now();
			let mutations = 0;
			while (performance.now() - start < ms) {
				const client = clients[batches % clients.length] as (typeof clients)[number];
				const output = await push(
					db,
					mutators,
					client.actor,
					{
						clientId: client.clientId,
						schemaVersion: SCHEMA_VERSION,
						mutations: saveDraftBatch(client.nextId)
					},
					Date.now()
				);
				const done = output.results.filter((r) => r.status === 'applied').length;
				if (done !== BATCH_SIZE || output.lastMutationId !== client.nextId + BATCH_SIZE - 1) {
					throw new Error(`in-process push applied ${done} of ${BATCH_SIZE}`);
				}
				client.nextId += BATCH_SIZE;
				batches += 1;
				applied += BATCH_SIZE;
				mutations += BATCH_SIZE;
			}
			return mutations / ((performance.now() - start) / 1000);
		};
		await runFor(warmupMs);
		const mutationsPerSecond = await runFor(measureMs);
		const stored = db.$client.prepare('SELECT count(*) AS n FROM application').get() as {
			n: number;
		};
		if (stored.n !== applied) {
			throw new Error(`in-process push stored ${stored.n} rows, expected ${applied}`);
		}
		return { mutationsPerSecond };
	} finally {
		db.$client.close();
	}
}
