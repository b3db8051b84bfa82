import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { person, roleAssignment } from '../db/schema/identity';

export type RoleAssignmentRow = typeof roleAssignment.$inferSelect;
export type PersonRow = typeof person.$inferSelect;

const roleWithPerson = {
	id: roleAssignment.id,
	personId: roleAssignment.personId,
	givenName: person.givenName,
	surname: person.surname,
	personalCode: person.personalCode,
	role: roleAssignment.role,
	municipalityId: roleAssignment.municipalityId,
	service: roleAssignment.service,
	grantedBy: roleAssignment.grantedBy,
	createdAt: roleAssignment.createdAt
};

/** Staff roles, always read and changed within one municipality (or platform-wide). */
export const staffRolesRepo = {
	listInMunicipality(db: DbOrTx, municipalityId: string) {
		return db
			.select(roleWithPerson)
			.from(roleAssignment)
			.innerJoin(person, eq(person.id, roleAssignment.personId))
			.where(eq(roleAssignment.municipalityId, municipalityId))
			.orderBy(asc(person.surname), asc(person.givenName), asc(roleAssignment.role))
			.all();
	},
	listByRole(db: DbOrTx, role: RoleAssignmentRow['role']) {
		return db
			.select(roleWithPerson)
			.from(roleAssignment)
			.innerJoin(person, eq(person.id, roleAssignment.personId))
			.where(eq(roleAssignment.role, role))
			.orderBy(asc(roleAssignment.municipalityId), asc(person.surname))
			.all();
	},
	findInMunicipality(db: DbOrTx, municipalityId: string, id: string) {
		return (
			db
				.select()
				.from(roleAssignment)
				.where(and(eq(roleAssignment.id, id), eq(roleAssignment.municipalityId, municipalityId)))
				.get() ?? null
		);
	},
	findSame(
		db: DbOrTx,
		row: Pick<RoleAssignmentRow, 'personId' | 'role' | 'municipalityId' | 'service'>
	) {
		return (
			db
				.select()
				.from(roleAssignment)
				.where(
					and(
						eq(roleAssignment.personId, row.personId),
						eq(roleAssignment.role, row.role),
						row.municipalityId === null
							? isNull(roleAssignment.municipalityId)
							: eq(roleAssignment.municipalityId, row.municipalityId),
						row.service === null
							? isNull(roleAssignment.service)
							: eq(roleAssignment.service, row.service)
					)
				)
				.get() ?? null
		);
	},
	insert(db: DbOrTx, row: RoleAssignmentRow): void {
		db.insert(roleAssignment).values(row).run();
	},
	delete(db: DbOrTx, id: string): void {
		db.delete(roleAssignment).where(eq(roleAssignment.id, id)).run();
	},
	findPersonByCode(db: DbOrTx, personalCode: string): PersonRow | null {
		return db.select().from(person).where(eq(person.personalCode, personalCode)).get() ?? null;
	},
	insertPerson(db: DbOrTx, row: PersonRow): void {
		db.insert(person).values(row).run();
	}
};
