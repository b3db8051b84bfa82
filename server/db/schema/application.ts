import type { ApplicationStatus } from '../../../src/lib/domain/application';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { person } from './identity';
import { municipality } from './municipality';

export const application = sqliteTable(
	'application',
	{
		// UUIDv7 made on the citizen's device.
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		service: text('service').notNull(),
		applicantId: text('applicant_id')
			.notNull()
			.references(() => person.id),
		// A state of the service's workflow (src/lib/services/<name>/workflow.ts); 'draft'
		// until submitted. Checked against the workflow on every transition, not by SQLite.
		status: text('status').$type<ApplicationStatus>().notNull(),
		// The e-service's fields as JSON, validated by the service definition's zod schema.
		data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		version: integer('version').notNull(),
		serverSeq: integer('server_seq').notNull(),
		submissionId: text('submission_id'),
		registrationNumber: text('registration_number'),
		// The server's receipt time: queue order and deadlines use it, never the device clock.
		submittedAt: integer('submitted_at'),
		// The officer working on it (null: unassigned).
		assigneeId: text('assignee_id').references(() => person.id),
		// The decision is due on this Latvian working day (YYYY-MM-DD); recomputed on every
		// transition from the receipt day, the term and the pauses while information is asked.
		dueOn: text('due_on'),
		// When the term's clock stopped (an information request is open), else null.
		pausedSince: integer('paused_since'),
		decidedAt: integer('decided_at'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('application_applicant_seq_idx').on(t.applicantId, t.serverSeq),
		index('application_queue_idx').on(t.municipalityId, t.status, t.submittedAt),
		// The officers' queue: per service, status and receipt; per assignee; by due date.
		index('application_service_queue_idx').on(t.municipalityId, t.service, t.status, t.submittedAt),
		index('application_assignee_idx').on(t.municipalityId, t.assigneeId, t.status),
		index('application_due_idx').on(t.municipalityId, t.service, t.dueOn),
		// Overdue / due soon across all of a municipality's services (the queue's default view).
		index('application_municipality_due_idx').on(t.municipalityId, t.dueOn)
	]
);

export const registrationCounter = sqliteTable(
	'registration_counter',
	{
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		year: integer('year').notNull(),
		value: integer('value').notNull()
	},
	(t) => [primaryKey({ columns: [t.municipalityId, t.year] })]
);

// One row per submissionId (ODK instanceID): the idempotency key of "submit".
export const submission = sqliteTable('submission', {
	submissionId: text('submission_id').primaryKey(),
	municipalityId: text('municipality_id')
		.notNull()
		.references(() => municipality.id),
	applicationId: text('application_id')
		.notNull()
		.references(() => application.id),
	payloadHash: text('payload_hash').notNull(),
	resultJson: text('result_json', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
	createdAt: createdAt()
});
