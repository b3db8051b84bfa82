import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { municipality } from './municipality';

export const person = sqliteTable('person', {
	id: text('id').primaryKey(),
	// Normalised to DDMMYY-NNNNN.
	personalCode: text('personal_code').notNull().unique(),
	givenName: text('given_name').notNull(),
	surname: text('surname').notNull(),
	createdAt: createdAt()
});

export const roleAssignment = sqliteTable(
	'role_assignment',
	{
		id: text('id').primaryKey(),
		personId: text('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		role: text('role', {
			enum: ['officer', 'inspector', 'municipal_admin', 'platform_operator']
		}).notNull(),
		// Null only for the platform operator, whose role spans all municipalities.
		municipalityId: text('municipality_id').references(() => municipality.id, {
			onDelete: 'cascade'
		}),
		// Null means every e-service of the municipality.
		service: text('service'),
		createdAt: createdAt()
	},
	(t) => [index('role_assignment_person_id_idx').on(t.personId)]
);

export const session = sqliteTable(
	'session',
	{
		// SHA-256 of the token, hex: the token itself is never stored.
		id: text('id').primaryKey(),
		personId: text('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_person_id_idx').on(t.personId)]
);
