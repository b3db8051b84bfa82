import { TRPCError } from '@trpc/server';
import type { DbOrTx } from '../db/client.server';
import { tenantsRepo } from './tenants.repo';

export function listMunicipalities(db: DbOrTx) {
	return tenantsRepo.listMunicipalities(db).map((m) => ({
		id: m.id,
		nameLv: m.nameLv,
		nameEn: m.nameEn
	}));
}

export function listInstitutions(db: DbOrTx, municipalityId: string) {
	if (!tenantsRepo.findMunicipality(db, municipalityId)) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such municipality' });
	}
	return tenantsRepo.listInstitutions(db, municipalityId).map((i) => ({
		id: i.id,
		municipalityId: i.municipalityId,
		nameLv: i.nameLv,
		nameEn: i.nameEn,
		kind: i.kind,
		address: i.address
	}));
}
