import { z } from 'zod';
import { zMunicipalityId, zPlainName, zServiceId } from './names';
import { parsePersonalCode } from './personal-code';

/** A personal code as typed ("010190-12345" or "01019012345"), normalised to DDMMYY-NNNNN. */
export const zPersonalCodeInput = z
	.string()
	.trim()
	.max(20)
	.transform((value, ctx) => {
		// The message says what is wrong (its shape, its date part, its check digit), not
		// always "11 digits".
		const parsed = parsePersonalCode(value);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: `personalCode.${parsed.error}` });
			return z.NEVER;
		}
		return parsed.normalized;
	});

const zPersonName = zPlainName(100);

/** Roles a municipal admin may give in their own municipality. */
export const zMunicipalStaffRole = z.enum(['officer', 'inspector']);

export const zGrantStaffRoleInput = z.object({
	municipalityId: zMunicipalityId,
	personalCode: zPersonalCodeInput,
	// Used only when the person has never signed in; their sign-in then brings the real names.
	givenName: zPersonName,
	surname: zPersonName,
	role: zMunicipalStaffRole,
	// null: every e-service of the municipality.
	service: zServiceId.nullable()
});
export type GrantStaffRoleInput = z.infer<typeof zGrantStaffRoleInput>;

export const zRoleId = z.string().min(1).max(60);

/** One role as the admin pages list it. */
export const zStaffRoleView = z.object({
	id: zRoleId,
	personId: z.string(),
	givenName: z.string(),
	surname: z.string(),
	personalCode: z.string(),
	role: z.enum(['officer', 'inspector', 'municipal_admin', 'platform_operator']),
	municipalityId: z.string().nullable(),
	service: z.string().nullable(),
	grantedBy: z.string().nullable(),
	createdAt: z.number().int()
});
export type StaffRoleView = z.infer<typeof zStaffRoleView>;

export const zNewMunicipality = z.object({
	id: zMunicipalityId,
	// The official administrative territory code (ATVK): 7 digits.
	atvk: z
		.string()
		.trim()
		.regex(/^\d{7}$/, 'field.atvk'),
	nameLv: zPersonName,
	nameEn: zPersonName,
	// The forms documents need: "apstrīdēt Rīgas domē", "Rīgas valstspilsētas pašvaldība".
	nameLvGenitive: zPersonName,
	nameLvLocative: zPersonName,
	officialNameLv: z.string().trim().min(1, 'field.required').max(200),
	registrationPrefix: z
		.string()
		.trim()
		.regex(/^[A-Z]{2,10}$/, 'field.registrationPrefix')
});
export type NewMunicipality = z.infer<typeof zNewMunicipality>;

export const zAppointAdminInput = z.object({
	municipalityId: zMunicipalityId,
	personalCode: zPersonalCodeInput,
	givenName: zPersonName,
	surname: zPersonName
});

export const zAuditAction = z.enum([
	'sign_in',
	'sign_in_refused',
	'sign_out',
	'session.revoke',
	'role.grant',
	'role.revoke',
	'municipality.add',
	'application.open',
	'application.assign',
	'my_data.export',
	'settings.update',
	'institution.add',
	'institution.update',
	'placement.settings',
	'placement.capacity',
	'placement.publish',
	'placement.case'
]);

const zDay = z.iso.date();

export const zAuditFilter = z.object({
	municipalityId: zMunicipalityId,
	action: zAuditAction.optional(),
	text: z.string().trim().max(100).optional(),
	// Calendar days (Riga time is close enough for a filter: the range is inclusive).
	from: zDay.optional(),
	to: zDay.optional(),
	before: z.string().max(60).optional()
});
export type AuditFilter = z.infer<typeof zAuditFilter>;

export const zAuditEntryView = z.object({
	id: z.string(),
	at: z.number().int(),
	actorId: z.string().nullable(),
	actorName: z.string().nullable(),
	action: z.string(),
	municipalityId: z.string().nullable(),
	subjectType: z.string().nullable(),
	subjectId: z.string().nullable(),
	details: z.record(z.string(), z.unknown()).nullable()
});
export type AuditEntryView = z.infer<typeof zAuditEntryView>;

const zInstitutionText = zPlainName(200);

/** An education institution as the municipal admin enters it. */
export const zInstitutionInput = z.object({
	nameLv: zInstitutionText,
	nameEn: zInstitutionText,
	kind: z.enum(['preschool', 'school']),
	address: zInstitutionText
});

export const zAddInstitutionInput = zInstitutionInput.extend({ municipalityId: zMunicipalityId });
export const zUpdateInstitutionInput = zInstitutionInput.extend({
	municipalityId: zMunicipalityId,
	id: z.string().min(1).max(80)
});
