import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The register became a register of any service's permits (issue 14, item 2): migration 0014
 * gives each permit its service and an empty set of the service's own facts. Permits issued
 * before it stay readable and are their application's service's.
 */
const DRIZZLE = join(import.meta.dirname, '../../drizzle');
const files = readdirSync(DRIZZLE)
	.filter((f) => f.endsWith('.sql'))
	.sort();

function apply(db: Database.Database, file: string) {
	for (const statement of readFileSync(join(DRIZZLE, file), 'utf8').split(
		'--> statement-breakpoint'
	)) {
		if (statement.trim()) {
			db.exec(statement);
		}
	}
}

describe('migration 0014 (permit service and details)', () => {
	it('keeps a permit issued before it, as its application’s service’s, with no details', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = OFF');
		const last = files.findIndex((f) => f.startsWith('0014_'));
		expect(last).toBeGreaterThan(0);
		for (const file of files.slice(0, last)) {
			apply(db, file);
		}
		db.prepare(
			`INSERT INTO application (id, municipality_id, service, applicant_id, status, data, version,
			 server_seq, created_at, updated_at) VALUES ('app-1', 'riga', 'some-service', 'p', 'approved',
			 '{}', 1, 1, 0, 0)`
		).run();
		db.prepare(
			`INSERT INTO permit (number, municipality_id, application_id, kind, holder, location, lat,
			 lon, valid_from, valid_to, issued_at) VALUES ('RIGA-A-2026-000001', 'riga', 'app-1', 'sign',
			 'SIA Tests', 'Brīvības iela 1', 56.95, 24.1, '2026-01-01', '2026-12-31', 1)`
		).run();

		apply(db, files[last]!);

		expect(db.prepare('SELECT * FROM permit').all()).toEqual([
			expect.objectContaining({
				number: 'RIGA-A-2026-000001',
				service: 'some-service',
				kind: 'sign',
				holder: 'SIA Tests',
				details: '{}'
			})
		]);
	});
});
