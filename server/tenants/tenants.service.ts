import { TRPCError } from '@trpc/server';
import type { DbOrTx } from '../db/client.server';
import { tenantsRepo, type MunicipalityRow } from './tenants.repo';

export type { MunicipalityRow };

export function listMunicipalities(db: DbOrTx) {
	return tenantsRepo.listMunicipalities(db).map((m) => ({
		id: m.id,
		nameLv: m.nameLv,
		nameEn: m.nameEn
	}));
}

/** The municipality, or NOT_FOUND: public reference data is asked for by id. */
export function requireMunicipality(db: DbOrTx, municipalityId: string) {
	const found = tenantsRepo.findMunicipality(db, municipalityId);
	if (!found) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such municipality' });
	}
	return found;
}

export function listInstitutions(db: DbOrTx, municipalityId: string) {
	requireMunicipality(db, municipalityId);
	return tenantsRepo.listInstitutions(db, municipalityId).map((i) => ({
		id: i.id,
		municipalityId: i.municipalityId,
		nameLv: i.nameLv,
		nameEn: i.nameEn,
		kind: i.kind,
		address: i.address
	}));
}

/**
 * What other areas read and write of municipalities and institutions: this area's public
 * face onto its rows (the queries stay in tenants.repo.ts).
 */
export const tenantRecords = {
	findMunicipality: tenantsRepo.findMunicipality.bind(tenantsRepo),
	listMunicipalities: tenantsRepo.listMunicipalities.bind(tenantsRepo),
	listInstitutions: tenantsRepo.listInstitutions.bind(tenantsRepo),
	insertMunicipality: tenantsRepo.insertMunicipality.bind(tenantsRepo),
	insertInstitution: tenantsRepo.insertInstitution.bind(tenantsRepo),
	updateInstitution: tenantsRepo.updateInstitution.bind(tenantsRepo)
};
