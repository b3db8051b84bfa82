import { z } from 'zod';
import { zApplicationView } from './application';

/**
 * Who applied, as the officers of the application's municipality see it at the head of its
 * page (issue 13 item 12). Only `applications.get` sends it: that opening is audited, and the
 * output schema keeps anything else about the person (email, language, ids) off the wire.
 */

/** A person by name and personal code; the name is empty for a grantor Kopa knows by code only. */
export const zOfficePerson = z.object({
	name: z.string().max(200),
	personalCode: z.string().max(20)
});
export type OfficePerson = z.infer<typeof zOfficePerson>;

export const zOfficeApplicant = zOfficePerson.extend({
	/** The company applied for, as the application names it (a `UR:` signatory's permit). */
	company: z
		.object({ name: z.string().max(200), registrationNumber: z.string().max(20) })
		.nullable(),
	/** Who made it under the applicant's power of attorney (docs/delegation.md), if anyone. */
	delegate: zOfficePerson.nullable()
});
export type OfficeApplicant = z.infer<typeof zOfficeApplicant>;

/** `applications.get`: the application with who applied. */
export const zOfficeApplicationView = zApplicationView.extend({ applicant: zOfficeApplicant });
export type OfficeApplicationView = z.infer<typeof zOfficeApplicationView>;
