import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { person } from './identity';

/**
 * An application made under a power of attorney (a `DP:` sign-in): it belongs to the
 * grantor (application.applicant_id), and the delegate who made it acts on it for them, so
 * both see it. Who did each step is in application_change and application_event.
 */
export const applicationDelegate = sqliteTable(
	'application_delegate',
	{
		applicationId: text('application_id')
			.primaryKey()
			.references(() => application.id, { onDelete: 'cascade' }),
		delegateId: text('delegate_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [index('application_delegate_delegate_id_idx').on(t.delegateId)]
);
