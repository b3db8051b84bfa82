import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// A single row (id = 1): bumped in every write transaction; the pull cursor.
export const changeSeq = sqliteTable('change_seq', {
	id: integer('id').primaryKey(),
	value: integer('value').notNull()
});

export const serverMeta = sqliteTable('server_meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});
