/**
 * Texts of who gets what (issue 13: notice addresses, delegation, decision documents),
 * Latvian first; merged into messages.ts. The `account.noticeEmail.*` keys are also issue
 * codes of src/lib/domain/account.ts.
 */
export const ownersLv = {
	'account.notices': 'Paziņojumi e-pastā',
	'account.noticesLead':
		'Paziņojumu par pieteikumu sūtām uz e-pasta adresi, kas norādīta tajā pašā pieteikumā. Ja vēlaties, visus paziņojumus var sūtīt uz vienu adresi.',
	'account.noticeMode': 'Kur sūtīt paziņojumus',
	'account.noticeMode.application': 'Uz e-pasta adresi, kas norādīta katrā pieteikumā',
	'account.noticeMode.chosen': 'Visus paziņojumus uz vienu adresi',
	'account.noticeEmail': 'E-pasta adrese visiem paziņojumiem',
	'account.noticeEmail.hint': 'Piemēram, vards@example.lv; ne vairāk kā 254 rakstzīmes.',
	'account.noticeEmail.required':
		'Ievadiet e-pasta adresi vai izvēlieties katrā pieteikumā norādīto adresi.',
	'account.noticeEmail.tooLong': 'E-pasta adrese nedrīkst būt garāka par 254 rakstzīmēm.',
	'account.noticeSave': 'Saglabāt',
	'account.noticeSaved': 'Paziņojumu adrese saglabāta.',
	'account.noticeNow.application': 'Pašlaik: katra pieteikuma e-pasta adrese.',
	'account.noticeNow.chosen': 'Pašlaik: visi paziņojumi uz {email}.'
} as const;

export const ownersEn: Record<keyof typeof ownersLv, string> = {
	'account.notices': 'Email notices',
	'account.noticesLead':
		'A notice about an application is sent to the email address given in that application. If you wish, all notices can go to one address.',
	'account.noticeMode': 'Where to send notices',
	'account.noticeMode.application': 'To the email address given in each application',
	'account.noticeMode.chosen': 'All notices to one address',
	'account.noticeEmail': 'Email address for all notices',
	'account.noticeEmail.hint': 'For example, name@example.com; at most 254 characters.',
	'account.noticeEmail.required':
		'Enter an email address, or choose the address given in each application.',
	'account.noticeEmail.tooLong': 'The email address must be at most 254 characters long.',
	'account.noticeSave': 'Save',
	'account.noticeSaved': 'Notice address saved.',
	'account.noticeNow.application': 'Now: each application’s email address.',
	'account.noticeNow.chosen': 'Now: all notices to {email}.'
};
