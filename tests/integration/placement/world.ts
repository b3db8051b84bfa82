import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../server/db/client.server';
import { seedIfEmpty } from '../../../server/db/seed';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { callerFor } from '../harness';
import { insertQueued } from '../queue/queue-world';

/** A real SQLite file (WAL, foreign keys on) built from the migrations, with the demo seed. */
export function fileDb(): { db: Db; done: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'kopa-placement-'));
	const db = openDatabase(join(dir, 'kopa.db'));
	seedIfEmpty(db);
	return {
		db,
		done: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Monday 7 December 2026, 10:00 in Riga. */
export const T0 = Date.parse('2026-12-07T08:00:00Z');

let serial = 0;

/** A pre-school application waiting in Rīga's queue, choosing these institutions in order. */
export function queuedChild(
	db: Db,
	choices: string[],
	extra: {
		applicantId?: string;
		grounds?: string[];
		submittedAt?: number;
		level?: string;
		/** The institution a sibling attends (the sibling ground's own field). */
		siblingAt?: string;
	} = {}
): string {
	serial += 1;
	return insertQueued(db, {
		status: 'in_queue',
		applicantId: extra.applicantId ?? 'demo-citizen-anna',
		submittedAt: extra.submittedAt ?? Date.parse('2026-03-02T08:00:00Z') + serial * 60_000,
		data: {
			childGivenName: `Bērns${serial}`,
			childSurname: 'Liepiņš',
			childPersonalCode: '150324-29993',
			level: extra.level ?? 'preschool',
			startDate: '2027-09-01',
			institutionChoices: choices.map((c) => `riga-${c}`),
			priorityGrounds: extra.grounds ?? [],
			...(extra.siblingAt ? { siblingInstitution: `riga-${extra.siblingAt}` } : {})
		}
	});
}

/** The family answers an offer through a sync push, as their device sends it. */
export function respond(
	db: Db,
	person: string,
	args: { applicationId: string; offerId: string; answer: 'accept' | 'decline' },
	now: number
) {
	return callerFor(db, person, () => now).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [{ id: 1, name: 'offer.respond', args: { municipalityId: 'riga', ...args } }]
	});
}

export const officerAt = (db: Db, now: number) => callerFor(db, 'demo-officer-riga', () => now);

/** Prepares, runs and (if verified) publishes a round; returns the run's view. */
export async function roundOf(
	db: Db,
	now: number,
	kind: 'main' | 'second' | 'rolling' = 'main',
	intake = 'preschool'
) {
	const officer = officerAt(db, now);
	const prepared = await officer.placement.prepareRun({
		municipalityId: 'riga',
		service: 'education-enrolment',
		intake,
		kind
	});
	const run = await officer.placement.executeRun({ municipalityId: 'riga', runId: prepared.id });
	return { prepared, run };
}
