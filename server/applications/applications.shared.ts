import { todayInLatvia } from '../../src/lib/domain/time';
import type {
	ApplicantFacts,
	EServiceDefinition,
	InstitutionFact,
	MunicipalContext
} from '../../src/lib/services/types';
import { serviceSetup } from '../service-settings/service-settings.service';
import type { DbOrTx } from '../db/client.server';
import { memoized, type BatchMemo } from '../kernel/batch-memo';
import { tenantRecords } from '../tenants/tenants.service';

/** Municipal facts for a service's rules, read only when a rule asks for them. */
export function municipalContext(
	db: DbOrTx,
	municipalityId: string,
	def: EServiceDefinition<unknown>,
	now: number,
	applicant?: ApplicantFacts,
	memo?: BatchMemo
): MunicipalContext {
	let institutions: InstitutionFact[] | undefined;
	let institutionIds: ReadonlySet<string> | undefined;
	let settings: { value: unknown } | undefined;
	const listInstitutions = () =>
		(institutions ??= memoized(memo, `institutions:${municipalityId}`, () =>
			tenantRecords
				.listInstitutions(db, municipalityId)
				.map((i) => ({ id: i.id, kind: i.kind, name: { lv: i.nameLv, en: i.nameEn } }))
		));
	return {
		municipalityId,
		...(applicant ? { applicant } : {}),
		get institutions() {
			return listInstitutions();
		},
		get institutionIds() {
			institutionIds ??= new Set(listInstitutions().map((i) => i.id));
			return institutionIds;
		},
		get settings() {
			settings ??= {
				value: memoized(
					memo,
					`settings:${municipalityId}:${def.id}`,
					() => serviceSetup(db, municipalityId, def).settings
				)
			};
			return settings.value;
		},
		today: todayInLatvia(now)
	};
}

export function isUniqueViolation(error: unknown): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		(error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE')
	);
}
