import { and, asc, eq, gt, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application, registrationCounter, submission } from '../db/schema/application';
import { applicationChange } from '../db/schema/conflict';
import { applicationDelegate } from '../db/schema/application-delegate';
import { statementsOn } from '../kernel/statements';
import type { Tenant } from '../kernel/trpc';
import type { Reach } from './reach';

export type ApplicationRow = typeof application.$inferSelect;
export type SubmissionRow = typeof submission.$inferSelect;
export type ChangeRow = typeof applicationChange.$inferSelect;

/** Ids of the applications this person made for a grantor under a power of attorney. */
const madeAsDelegate = (personId: string) =>
	sql`(SELECT ${applicationDelegate.applicationId} FROM ${applicationDelegate} WHERE ${applicationDelegate.delegateId} = ${personId})`;

/** The applications a request may reach (./reach.ts says whose those are). */
export const reachable = (reach: Reach): SQL => {
	if (reach.kind === 'own') {
		return eq(application.applicantId, reach.personId);
	}
	if (reach.grantorId === null) {
		return sql`0`;
	}
	return and(
		eq(application.applicantId, reach.grantorId),
		inArray(application.id, madeAsDelegate(reach.delegateId))
	) as SQL;
};

/**
 * The applications a person sent files for, in any session: their own and those they made
 * for a grantor. Only for the bookkeeping of bytes the person themself uploads (which of
 * their claimed files have arrived), never to reach an application.
 */
export const ownOrMadeAsDelegate = (personId: string) =>
	or(eq(application.applicantId, personId), inArray(application.id, madeAsDelegate(personId)));

/** A new draft as saveDraft writes it (status draft, version 1, nothing submitted yet). */
export type NewDraft = {
	id: string;
	municipalityId: string;
	service: string;
	applicantId: string;
	data: Record<string, unknown>;
	serverSeq: number;
	now: number;
};

const STATEMENTS = Symbol('applications statements');

/** An application row as SQLite stores it: the answers still JSON text. */
type StoredApplication = Omit<ApplicationRow, 'data'> & { data: string };

/**
 * The sync push's writes, prepared once per connection (../kernel/statements.ts): a push of
 * 100 new drafts runs each of these 100 times. JSON columns are stored as Drizzle's
 * `mode: 'json'` stores them (JSON.stringify), so Drizzle reads them back unchanged.
 */
const statements = (db: DbOrTx) =>
	statementsOn(db, STATEMENTS, (sqlite) => ({
		// The id is the device's; if it is taken (this person's draft or anyone else's), no
		// row is written and the caller finds out which by reading within the person's reach.
		insertDraft: sqlite.prepare<[string, string, string, string, string, number, number, number]>(
			`INSERT INTO application (id, municipality_id, service, applicant_id, status, data,
				version, server_seq, created_at, updated_at)
			VALUES (?, ?, ?, ?, 'draft', ?, 1, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`
		),
		// A person's own application by id: every edit a device pushes reads it first.
		findOwn: sqlite.prepare<[string, string, string], StoredApplication>(
			`SELECT id, municipality_id AS municipalityId, service, applicant_id AS applicantId,
				status, data, version, server_seq AS serverSeq, submission_id AS submissionId,
				registration_number AS registrationNumber, submitted_at AS submittedAt,
				assignee_id AS assigneeId, due_on AS dueOn, paused_since AS pausedSince,
				decided_at AS decidedAt, created_at AS createdAt, updated_at AS updatedAt
			FROM application WHERE id = ? AND municipality_id = ? AND applicant_id = ?`
		),
		insertChange: sqlite.prepare<
			[string, number, string, string, string, string, string | null, number]
		>(
			`INSERT INTO application_change (application_id, version, municipality_id, fields,
				actor_id, actor_role, client_id, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		)
	}));

// Every method takes the municipality (or, for a citizen's rows, the session's reach):
// there is no way to reach an application without saying whose it is.
export const applicationsRepo = {
	/**
	 * An application by id alone, whoever's it is: only for a caller that then checks who may
	 * see it (the decision download checks the reach or the officer's tenant).
	 */
	findUnchecked(db: DbOrTx, id: string): ApplicationRow | null {
		return db.select().from(application).where(eq(application.id, id)).get() ?? null;
	},
	findForApplicant(
		db: DbOrTx,
		municipalityId: string,
		reach: Reach,
		id: string
	): ApplicationRow | null {
		if (reach.kind === 'own') {
			const row = statements(db).findOwn.get(id, municipalityId, reach.personId);
			// As Drizzle's `mode: 'json'` column reads it.
			return row ? { ...row, data: JSON.parse(row.data) as ApplicationRow['data'] } : null;
		}
		return (
			db
				.select()
				.from(application)
				.where(
					and(
						eq(application.id, id),
						eq(application.municipalityId, municipalityId),
						reachable(reach)
					)
				)
				.get() ?? null
		);
	},
	/** Records that `delegateId` made this application for its applicant (the grantor). */
	insertDelegate(db: DbOrTx, applicationId: string, delegateId: string, now: number) {
		db.insert(applicationDelegate).values({ applicationId, delegateId, createdAt: now }).run();
	},
	insert(db: DbOrTx, row: typeof application.$inferInsert) {
		db.insert(application).values(row).run();
	},
	/**
	 * Writes a new draft unless its id exists (whoever's it is): one statement where a read
	 * and an insert were. Returns whether the row was written.
	 */
	insertDraftIfNew(db: DbOrTx, draft: NewDraft): boolean {
		const written = statements(db).insertDraft.run(
			draft.id,
			draft.municipalityId,
			draft.service,
			draft.applicantId,
			JSON.stringify(draft.data),
			draft.serverSeq,
			draft.now,
			draft.now
		);
		return written.changes === 1;
	},
	update(
		db: DbOrTx,
		municipalityId: string,
		id: string,
		changes: Partial<Omit<ApplicationRow, 'id' | 'municipalityId' | 'applicantId'>>
	) {
		db.update(application)
			.set(changes)
			.where(and(eq(application.id, id), eq(application.municipalityId, municipalityId)))
			.run();
	},
	/** The rows a citizen's session reaches changed after `sinceSeq`, in change order (the pull). */
	changedForApplicant(db: DbOrTx, reach: Reach, sinceSeq: number, limit: number) {
		return db
			.select()
			.from(application)
			.where(and(reachable(reach), gt(application.serverSeq, sinceSeq)))
			.orderBy(asc(application.serverSeq))
			.limit(limit)
			.all();
	},
	/** Every application whose stored answers name `key` (a data upgrade across tenants). */
	listHavingKey(db: DbOrTx, service: string, key: string) {
		return db
			.select()
			.from(application)
			.where(
				and(
					eq(application.service, service),
					sql`json_type(${application.data}, ${`$.${key}`}) IS NOT NULL`
				)
			)
			.all();
	},
	insertChange(db: DbOrTx, row: ChangeRow) {
		statements(db).insertChange.run(
			row.applicationId,
			row.version,
			row.municipalityId,
			JSON.stringify(row.fields),
			row.actorId,
			row.actorRole,
			row.clientId,
			row.createdAt
		);
	},
	/** The versions after `baseVersion`, oldest first: which fields each changed, and who. */
	changesSince(db: DbOrTx, municipalityId: string, applicationId: string, baseVersion: number) {
		return db
			.select()
			.from(applicationChange)
			.where(
				and(
					eq(applicationChange.applicationId, applicationId),
					eq(applicationChange.municipalityId, municipalityId),
					gt(applicationChange.version, baseVersion)
				)
			)
			.orderBy(asc(applicationChange.version))
			.all();
	},
	findSubmitted(db: DbOrTx, tenant: Tenant, id: string) {
		return (
			db
				.select()
				.from(application)
				.where(
					and(
						eq(application.id, id),
						eq(application.municipalityId, tenant.municipalityId),
						ne(application.status, 'draft'),
						tenant.services ? inArray(application.service, tenant.services) : undefined
					)
				)
				.get() ?? null
		);
	},
	findSubmission(db: DbOrTx, municipalityId: string, submissionId: string) {
		return (
			db
				.select()
				.from(submission)
				.where(
					and(
						eq(submission.submissionId, submissionId),
						eq(submission.municipalityId, municipalityId)
					)
				)
				.get() ?? null
		);
	},
	/** Whether any submission, anyone's, already holds this id (it is the table's key). */
	isSubmissionIdTaken(db: DbOrTx, submissionId: string): boolean {
		return (
			db
				.select({ id: submission.submissionId })
				.from(submission)
				.where(eq(submission.submissionId, submissionId))
				.get() !== undefined
		);
	},
	insertSubmission(db: DbOrTx, row: SubmissionRow) {
		db.insert(submission).values(row).run();
	},
	nextRegistrationSerial(db: DbOrTx, municipalityId: string, year: number): number {
		const row = db
			.insert(registrationCounter)
			.values({ municipalityId, year, value: 1 })
			.onConflictDoUpdate({
				target: [registrationCounter.municipalityId, registrationCounter.year],
				set: { value: sql`${registrationCounter.value} + 1` }
			})
			.returning({ value: registrationCounter.value })
			.get();
		return row.value;
	},
	/** Who handles these applications of the municipality (null: nobody). */
	setAssignee(
		db: DbOrTx,
		municipalityId: string,
		ids: readonly string[],
		assigneeId: string | null
	): void {
		db.update(application)
			.set({ assigneeId })
			.where(and(eq(application.municipalityId, municipalityId), inArray(application.id, [...ids])))
			.run();
	},
	/**
	 * What the notifications area needs to address a notice about this application: whose it
	 * is, its service and answers (for the contact it gives), and the delegate who made it.
	 */
	noticeFacts(db: DbOrTx, applicationId: string) {
		return (
			db
				.select({
					applicantId: application.applicantId,
					service: application.service,
					data: application.data,
					delegateId: applicationDelegate.delegateId
				})
				.from(application)
				.leftJoin(applicationDelegate, eq(applicationDelegate.applicationId, application.id))
				.where(eq(application.id, applicationId))
				.get() ?? null
		);
	},
	/** Registration numbers (null before submission) by application id, in one query. */
	registrationNumbers(db: DbOrTx, applicationIds: readonly string[]): Map<string, string | null> {
		const unique = [...new Set(applicationIds)];
		if (unique.length === 0) {
			return new Map();
		}
		const rows = db
			.select({ id: application.id, number: application.registrationNumber })
			.from(application)
			.where(inArray(application.id, unique))
			.all();
		return new Map(rows.map((r) => [r.id, r.number]));
	}
};
