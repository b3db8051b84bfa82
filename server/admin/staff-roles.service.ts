import { TRPCError } from '@trpc/server';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { GrantStaffRoleInput, StaffRoleView } from '../../src/lib/domain/staff';
import { getService } from '../../src/lib/services/registry';
import { z } from 'zod';
import { audit } from '../audit/audit.service';
import { endAllSessionsOf } from '../identity/sessions.service';
import type { Db, DbOrTx } from '../db/client.server';
import type { Actor, AdminActor } from '../kernel/context';
import { staffRoleRecords, type RoleAssignmentRow } from '../identity/staff-roles.service';

/** Who is changing roles, and from where (for the audit log). */
export type { AdminActor };

export function adminActorFrom(ctx: {
	person: Actor;
	address?: string | null | undefined;
	now: () => number;
}): AdminActor {
	return { person: ctx.person, address: ctx.address ?? null, now: ctx.now() };
}

export function listStaff(db: DbOrTx, municipalityId: string): StaffRoleView[] {
	return staffRoleRecords.listInMunicipality(db, municipalityId);
}

/** The person with this code, made from the names given if they have never signed in. */
function personFor(
	db: DbOrTx,
	who: { personalCode: string; givenName: string; surname: string },
	now: number
) {
	const found = staffRoleRecords.findPersonByCode(db, who.personalCode);
	if (found) {
		return found;
	}
	const created = {
		id: uuidv7(now),
		personalCode: who.personalCode,
		givenName: who.givenName,
		surname: who.surname,
		email: null,
		lang: 'lv' as const,
		createdAt: now
	};
	staffRoleRecords.insertPerson(db, created);
	return created;
}

/**
 * No one gives themself a role: a second person must (the platform operator, or another
 * admin), so one account taken over cannot widen its own powers. Refused at the personal-code
 * field, as the form's other input errors are.
 */
function refuseSelfGrant(): never {
	throw new TRPCError({
		code: 'BAD_REQUEST',
		message: 'A role cannot be given to oneself',
		cause: new z.ZodRealError([
			{ code: 'custom', path: ['personalCode'], message: 'admin.selfGrant', input: undefined }
		])
	});
}

/**
 * Gives a person a role, once: asking again for a role they hold changes nothing. Every
 * grant is audited in the same transaction, and ends the person's sessions, so their next
 * sign-in starts a session of the right kind (a citizen session never turns into staff).
 */
export function grantRole(
	db: Db,
	by: AdminActor,
	input: {
		who: { personalCode: string; givenName: string; surname: string };
		role: RoleAssignmentRow['role'];
		municipalityId: string | null;
		service: string | null;
	}
): { id: string; created: boolean } {
	if (input.service !== null && !getService(input.service)) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'No such e-service' });
	}
	return db.transaction((tx) => {
		const person = personFor(tx, input.who, by.now);
		if (person.id === by.person.id) {
			refuseSelfGrant();
		}
		const wanted = {
			personId: person.id,
			role: input.role,
			municipalityId: input.municipalityId,
			service: input.service
		};
		const existing = staffRoleRecords.findSame(tx, wanted);
		if (existing) {
			return { id: existing.id, created: false };
		}
		const id = uuidv7(by.now);
		staffRoleRecords.insert(tx, { ...wanted, id, grantedBy: by.person.id, createdAt: by.now });
		const sessionsEnded = endAllSessionsOf(tx, person.id);
		audit(
			tx,
			{
				action: 'role.grant',
				actor: by.person,
				municipalityId: input.municipalityId,
				subject: { type: 'person', id: person.id },
				details: { role: input.role, service: input.service, roleId: id, sessionsEnded },
				address: by.address
			},
			by.now
		);
		return { id, created: true };
	});
}

export function grantStaffRole(db: Db, by: AdminActor, input: GrantStaffRoleInput) {
	return grantRole(db, by, {
		who: input,
		role: input.role,
		municipalityId: input.municipalityId,
		service: input.service
	});
}

/**
 * Takes a role away. A municipal admin may revoke officers and inspectors of their own
 * municipality; municipal admins are appointed and removed by the platform operator.
 */
export function revokeRole(
	db: Db,
	by: AdminActor,
	municipalityId: string,
	roleId: string,
	revocable: readonly RoleAssignmentRow['role'][]
): void {
	db.transaction((tx) => {
		const role = staffRoleRecords.findInMunicipality(tx, municipalityId, roleId);
		if (!role) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'No such role here' });
		}
		if (!revocable.includes(role.role)) {
			throw new TRPCError({ code: 'FORBIDDEN', message: 'This role is not yours to revoke' });
		}
		staffRoleRecords.delete(tx, role.id);
		const sessionsEnded = endAllSessionsOf(tx, role.personId);
		audit(
			tx,
			{
				action: 'role.revoke',
				actor: by.person,
				municipalityId,
				subject: { type: 'person', id: role.personId },
				details: { role: role.role, service: role.service, roleId: role.id, sessionsEnded },
				address: by.address
			},
			by.now
		);
	});
}
