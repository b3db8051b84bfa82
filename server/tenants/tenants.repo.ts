import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { institution, municipality } from '../db/schema/index';

export const tenantsRepo = {
	listMunicipalities(db: DbOrTx) {
		return db.select().from(municipality).orderBy(asc(municipality.nameLv)).all();
	},
	insertMunicipality(db: DbOrTx, row: typeof municipality.$inferInsert): void {
		db.insert(municipality).values(row).run();
	},
	findMunicipality(db: DbOrTx, municipalityId: string) {
		return db.select().from(municipality).where(eq(municipality.id, municipalityId)).get() ?? null;
	},
	listInstitutions(db: DbOrTx, municipalityId: string) {
		return db
			.select()
			.from(institution)
			.where(eq(institution.municipalityId, municipalityId))
			.orderBy(asc(institution.nameLv))
			.all();
	}
};
