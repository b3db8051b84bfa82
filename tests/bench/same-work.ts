import type Database from 'better-sqlite3';
import { uuidv7 } from '../../src/lib/domain/ids';
import { createSeededDb } from './bench-db';
import { BATCH_SIZE, CITIZEN_IDS, DRAFT_FIELDS, MUNICIPALITY_ID, SERVICE_ID } from './workload';

/**
 * The same-work limit: exactly the SQL one `sync.push` of BATCH_SIZE `application.saveDraft`
 * mutations runs, traced from the real path (every statement Drizzle prepared, logged through
 * better-sqlite3), written as statements prepared once, on a fresh file with the app's
 * migrations and pragmas. Per batch: BEGIN IMMEDIATE; the client row read (inserted on the
 * client's first push); the reference reads (municipality, the service's settings, the
 * municipality's institutions: read once per push, ../../server/kernel/batch-memo.ts); one
 * bump of the change sequence; per mutation a savepoint, the application read by id within
 * the person's reach, the application row, its change row, release, the result row; the
 * client's last mutation id; COMMIT. The JSON a row stores is serialised per row, as it must
 * be. What push costs beyond this (parsing, the rules, the framework) is the platform's.
 */

export type SameWorkRun = { mutationsPerSecond: number };

function prepareStatements(sqlite: Database.Database) {
	return {
		findClient: sqlite.prepare(
			`SELECT client_id, person_id, last_mutation_id, created_at, last_seen_at
			FROM sync_client WHERE client_id = ?`
		),
		insertClient: sqlite.prepare(
			`INSERT INTO sync_client (client_id, person_id, last_mutation_id, created_at, last_seen_at)
			VALUES (?, ?, 0, ?, ?)`
		),
		municipality: sqlite.prepare(`SELECT * FROM municipality WHERE id = ?`),
		settings: sqlite.prepare(
			`SELECT * FROM service_settings WHERE municipality_id = ? AND service = ?`
		),
		institutions: sqlite.prepare(
			`SELECT * FROM institution WHERE municipality_id = ? ORDER BY name_lv`
		),
		bumpSeq: sqlite.prepare(`UPDATE change_seq SET value = value + ? WHERE id = 1 RETURNING value`),
		savepoint: sqlite.prepare('SAVEPOINT mutation'),
		release: sqlite.prepare('RELEASE mutation'),
		findApplication: sqlite.prepare(
			`SELECT * FROM application WHERE id = ? AND municipality_id = ? AND applicant_id = ?`
		),
		insertApplication: sqlite.prepare(
			`INSERT INTO application (id, municipality_id, service, applicant_id, status, data,
				version, server_seq, submission_id, registration_number, submitted_at, assignee_id,
				due_on, paused_since, decided_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, 'draft', ?, 1, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?)`
		),
		insertChange: sqlite.prepare(
			`INSERT INTO application_change (application_id, version, municipality_id, fields,
				actor_id, actor_role, client_id, created_at)
			VALUES (?, 1, ?, ?, ?, 'citizen', ?, ?)`
		),
		insertResult: sqlite.prepare(
			`INSERT INTO mutation_result (client_id, mutation_id, status, result_json, error_json,
				created_at)
			VALUES (?, ?, 'applied', ?, NULL, ?)`
		),
		setLastMutationId: sqlite.prepare(
			`UPDATE sync_client SET last_mutation_id = ?, last_seen_at = ? WHERE client_id = ?`
		)
	};
}

type Client = { clientId: string; personId: string; nextId: number };

export function measureSameWork(path: string, warmupMs: number, measureMs: number): SameWorkRun {
	const db = createSeededDb(path);
	const sqlite = db.$client;
	try {
		const s = prepareStatements(sqlite);
		const pushBatch = sqlite.transaction((client: Client) => {
			const now = Date.now();
			if (!s.findClient.get(client.clientId)) {
				s.insertClient.run(client.clientId, client.personId, now, now);
			}
			s.municipality.get(MUNICIPALITY_ID);
			s.settings.get(MUNICIPALITY_ID, SERVICE_ID);
			s.institutions.all(MUNICIPALITY_ID);
			const lastSeq = (s.bumpSeq.get(BATCH_SIZE) as { value: number }).value;
			let seq = lastSeq - BATCH_SIZE;
			const fields = JSON.stringify(Object.keys(DRAFT_FIELDS));
			for (let i = 0; i < BATCH_SIZE; i++) {
				const id = uuidv7(now);
				const mutationId = client.nextId + i;
				seq += 1;
				s.savepoint.run();
				s.findApplication.get(id, MUNICIPALITY_ID, client.personId);
				s.insertApplication.run(
					id,
					MUNICIPALITY_ID,
					SERVICE_ID,
					client.personId,
					JSON.stringify(DRAFT_FIELDS),
					seq,
					now,
					now
				);
				s.insertChange.run(id, MUNICIPALITY_ID, fields, client.personId, client.clientId, now);
				s.release.run();
				s.insertResult.run(
					client.clientId,
					mutationId,
					JSON.stringify({ version: 1, conflicts: 0 }),
					now
				);
			}
			client.nextId += BATCH_SIZE;
			s.setLastMutationId.run(client.nextId - 1, now, client.clientId);
		});
		// One client per demo citizen, rotated, as the HTTP bench's closed-loop clients are.
		const clients: Client[] = CITIZEN_IDS.map((personId) => ({
			clientId: uuidv7(),
			personId,
			nextId: 1
		}));
		let batches = 0;
		const runFor = (ms: number) => {
			const start = performance.now();
			let mutations = 0;
			while (performance.now() - start < ms) {
				pushBatch.immediate(clients[batches % clients.length] as Client);
				batches += 1;
				mutations += BATCH_SIZE;
			}
			return mutations / ((performance.now() - start) / 1000);
		};
		runFor(warmupMs);
		const mutationsPerSecond = runFor(measureMs);
		const stored = sqlite.prepare('SELECT count(*) AS n FROM application').get() as { n: number };
		if (stored.n !== batches * BATCH_SIZE) {
			throw new Error(`same-work stored ${stored.n} rows, expected ${batches * BATCH_SIZE}`);
		}
		return { mutationsPerSecond };
	} finally {
		sqlite.close();
	}
}
