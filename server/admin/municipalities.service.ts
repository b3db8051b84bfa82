import { TRPCError } from '@trpc/server';
import type { NewMunicipality } from '../../src/lib/domain/staff';
import { audit } from '../audit/audit.service';
import type { Db } from '../db/client.server';
import type { AdminActor } from './staff-roles.service';
import { tenantRecords } from '../tenants/tenants.service';

/**
 * Onboards a municipality: a row of data, no source change. Its e-service settings and staff
 * follow through the admin pages.
 */
export function addMunicipality(db: Db, by: AdminActor, input: NewMunicipality): void {
	db.transaction((tx) => {
		const taken = tenantRecords
			.listMunicipalities(tx)
			.find(
				(m) =>
					m.id === input.id ||
					m.atvk === input.atvk ||
					m.registrationPrefix === input.registrationPrefix
			);
		if (taken) {
			const field =
				taken.id === input.id ? 'id' : taken.atvk === input.atvk ? 'atvk' : 'registrationPrefix';
			throw new TRPCError({ code: 'CONFLICT', message: `taken:${field}` });
		}
		tenantRecords.insertMunicipality(tx, { ...input, createdAt: by.now });
		audit(
			tx,
			{
				action: 'municipality.add',
				actor: by.person,
				municipalityId: input.id,
				subject: { type: 'municipality', id: input.id },
				details: { nameLv: input.nameLv, atvk: input.atvk },
				address: by.address
			},
			by.now
		);
	});
}
