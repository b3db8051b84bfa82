import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { person } from './identity';

/**
 * The address a person chose on purpose in /account for all their notices. No row (the
 * default): each notice about an application goes to that application's own contact
 * (server/notifications/recipient.ts). Its own table, one row per person, so the person row
 * and everything that inserts one stay as they are.
 */
export const noticeAddress = sqliteTable('notice_address', {
	personId: text('person_id')
		.primaryKey()
		.references(() => person.id, { onDelete: 'cascade' }),
	email: text('email').notNull(),
	createdAt: createdAt()
});
