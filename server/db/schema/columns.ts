import { integer } from 'drizzle-orm/sqlite-core';

// Times are stored as integer milliseconds since the epoch (UTC): exact, sortable and the
// same in the browser and on the server.
export const createdAt = () => integer('created_at').notNull();
export const updatedAt = () => integer('updated_at').notNull();
