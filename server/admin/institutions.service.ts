import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { zInstitutionInput } from '../../src/lib/domain/staff';
import { audit } from '../audit/audit.service';
import type { Db } from '../db/client.server';
import type { AdminActor } from './staff-roles.service';
import { tenantRecords } from '../tenants/tenants.service';

type InstitutionInput = z.infer<typeof zInstitutionInput>;

/**
 * A municipality's institutions are its own data, kept by its admin. Ids are made here
 * (`<municipality>-<uuid>`) and never change, as applications refer to them.
 */
export function addInstitution(
	db: Db,
	by: AdminActor,
	municipalityId: string,
	input: InstitutionInput
): { id: string } {
	const id = `${municipalityId}-${uuidv7(by.now)}`;
	db.transaction((tx) => {
		tenantRecords.insertInstitution(tx, {
			...input,
			id,
			municipalityId,
			isDemo: false,
			createdAt: by.now
		});
		audit(
			tx,
			{
				action: 'institution.add',
				actor: by.person,
				municipalityId,
				subject: { type: 'institution', id },
				details: { nameLv: input.nameLv, kind: input.kind },
				address: by.address
			},
			by.now
		);
	});
	return { id };
}

export function updateInstitution(
	db: Db,
	by: AdminActor,
	municipalityId: string,
	id: string,
	input: InstitutionInput
): void {
	db.transaction((tx) => {
		if (!tenantRecords.updateInstitution(tx, municipalityId, id, input)) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'No such institution here' });
		}
		audit(
			tx,
			{
				action: 'institution.update',
				actor: by.person,
				municipalityId,
				subject: { type: 'institution', id },
				details: { nameLv: input.nameLv, kind: input.kind },
				address: by.address
			},
			by.now
		);
	});
}
