import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { institution, municipality } from '../db/schema/municipality';

export type MunicipalityRow = typeof municipality.$inferSelect;

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
	insertInstitution(db: DbOrTx, row: typeof institution.$inferInsert): void {
		db.insert(institution).values(row).run();
	},
	/** Changes an institution of this municipality; false if it has none by that id. */
	updateInstitution(
		db: DbOrTx,
		municipalityId: string,
		id: string,
		values: Pick<typeof institution.$inferInsert, 'nameLv' | 'nameEn' | 'kind' | 'address'>
	): boolean {
		return (
			db
				.update(institution)
				.set(values)
				.where(and(eq(institution.id, id), eq(institution.municipalityId, municipalityId)))
				.run().changes > 0
		);
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
