/** Texts for sign-in and staff-role fixes (issue 13: items 10, 13, 14, 15, 21–24). */
export const identityFixesLv = {
	'admin.selfGrant':
		'Sev lomu piešķirt nevar. Lūdziet to izdarīt citam administratoram vai platformas operatoram.'
} as const;

export const identityFixesEn: Record<keyof typeof identityFixesLv, string> = {
	'admin.selfGrant':
		'You cannot give a role to yourself. Ask another admin or the platform operator to do it.'
};
