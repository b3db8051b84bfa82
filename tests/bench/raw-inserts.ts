import { uuidv7 } from '../../src/lib/domain/ids';
import { createSeededDb } from './bench-db';
import { BATCH_SIZE, CITIZEN_IDS, DRAFT_FIELDS, MUNICIPALITY_ID, SERVICE_ID } from './workload';

/**
 * The raw limit: the same `application` rows a saveDraft creates, inserted with one
 * better-sqlite3 prepared statement in IMMEDIATE transactions of BATCH_SIZE (as a push
 * batch is), on a fresh file with the app's pragmas. No HTTP, tRPC, validation or sync
 * bookkeeping: what push costs beyond this is the platform's overhead.
 */

export type RawRun = { rowsPerSecond: number };

export function measureRawInserts(path: string, warmupMs: number, measureMs: number): RawRun {
	const db = createSeededDb(path);
	const sqlite = db.$client;
	try {
		const insert = sqlite.prepare(
			`INSERT INTO application (id, municipality_id, service, applicant_id, status, data,
				version, server_seq, submission_id, registration_number, submitted_at, created_at,
				updated_at)
			VALUES (?, ?, ?, ?, 'draft', ?, 1, ?, NULL, NULL, NULL, ?, ?)`
		);
		let seq = 0;
		// Ids and JSON are made inside the loop because the server makes them per row too.
		const insertBatch = sqlite.transaction((applicantId: string) => {
			const now = Date.now();
			for (let i = 0; i < BATCH_SIZE; i++) {
				seq += 1;
				insert.run(
					uuidv7(now),
					MUNICIPALITY_ID,
					SERVICE_ID,
					applicantId,
					JSON.stringify(DRAFT_FIELDS),
					seq,
					now,
					now
				);
			}
		});
		let batches = 0;
		const runFor = (ms: number) => {
			const start = performance.now();
			let rows = 0;
			while (performance.now() - start < ms) {
				// Rotating applicants spreads rows over the applicant index as the clients do.
				insertBatch.immediate(CITIZEN_IDS[batches % CITIZEN_IDS.length] ?? CITIZEN_IDS[0]);
				batches += 1;
				rows += BATCH_SIZE;
			}
			return rows / ((performance.now() - start) / 1000);
		};
		runFor(warmupMs);
		const rowsPerSecond = runFor(measureMs);
		const stored = sqlite.prepare('SELECT count(*) AS n FROM application').get() as { n: number };
		if (stored.n !== batches * BATCH_SIZE) {
			throw new Error(`raw run stored ${stored.n} rows, expected ${batches * BATCH_SIZE}`);
		}
		return { rowsPerSecond };
	} finally {
		sqlite.close();
	}
}
