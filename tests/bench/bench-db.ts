import { openDatabase, type Db } from '../../server/db/client.server';
import { seedIfEmpty } from '../../server/db/seed';
import { createSession, generateSessionToken } from '../../server/identity/sessions.service';

/**
 * A fresh database file built the way the app builds its own: the real migrations (which
 * also set WAL, synchronous=NORMAL and foreign_keys=ON) and the demo seed.
 */
export function createSeededDb(path: string): Db {
	const db = openDatabase(path);
	seedIfEmpty(db);
	return db;
}

/**
 * Signs each person in directly in the database, as the sign-in flow would, and returns
 * the cookie tokens by person id. The file is closed afterwards so the server owns it alone.
 */
export function prepareAppDb(path: string, personIds: readonly string[]): Map<string, string> {
	const db = createSeededDb(path);
	try {
		const tokens = new Map<string, string>();
		for (const personId of personIds) {
			const token = generateSessionToken();
			createSession(db, token, { personId, kind: 'citizen', authMethod: 'demo' });
			tokens.set(personId, token);
		}
		return tokens;
	} finally {
		db.$client.close();
	}
}
