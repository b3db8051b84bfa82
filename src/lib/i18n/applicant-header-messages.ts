/**
 * The head of the officer's application page: who applied, with their personal code, the
 * company they applied for and who acted under a power of attorney (issue 13 item 12).
 * Latvian first, English as the switch.
 */
export const applicantHeaderLv = {
	'applicantHeader.personalCode': 'Personas kods',
	'applicantHeader.nameUnknown': 'Vārds vēl nav zināms (persona Kopā nav pieslēgusies)',
	'applicantHeader.company': 'Uzņēmums',
	'applicantHeader.companyValue': '{name}, reģ. Nr. {registrationNumber}',
	'applicantHeader.delegate': 'Rīkojās pēc pilnvaras',
	'applicantHeader.delegateValue': '{name}, personas kods {personalCode}'
};

export const applicantHeaderEn: Record<keyof typeof applicantHeaderLv, string> = {
	'applicantHeader.personalCode': 'Personal code',
	'applicantHeader.nameUnknown': 'Name not known yet (the person has not signed in to Kopa)',
	'applicantHeader.company': 'Company',
	'applicantHeader.companyValue': '{name}, reg. no. {registrationNumber}',
	'applicantHeader.delegate': 'Acted under a power of attorney',
	'applicantHeader.delegateValue': '{name}, personal code {personalCode}'
};
