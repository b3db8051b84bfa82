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
	'account.noticeNow.chosen': 'Pašlaik: visi paziņojumi uz {email}.',
	'platform.nameLvGenitive': 'Nosaukums ģenitīvā (piem., Cēsu novada; „apstrīdēt … domē”)',
	'platform.nameLvLocative': 'Nosaukums lokatīvā (piem., Cēsu novadā)',
	'platform.officialNameLv': 'Oficiālais nosaukums (piem., Cēsu novada pašvaldība)',
	'permitPayment.iban':
		'Ievadiet Latvijas IBAN bez atstarpēm (21 zīme, sākas ar LV), piemēram, LV44DEMO0000000000001.',
	'decision.failed': 'Lēmumu neizdevās pieņemt. Pārlādējiet lapu un mēģiniet vēlreiz.',
	'decision.confirm.title.approved': 'Pārbaudiet, kas tiks izsniegts',
	'decision.confirm.title.refused': 'Pārbaudiet atteikumu',
	'decision.confirm.lead.approved':
		'Pēc apstiprināšanas tiks pieņemts lēmums un izsniegta atļauja. Lēmumu vairs nevarēs mainīt.',
	'decision.confirm.lead.refused':
		'Pēc apstiprināšanas tiks pieņemts lēmums par atteikumu. Lēmumu vairs nevarēs mainīt.',
	'decision.confirm.kind': 'Atļaujas veids',
	'decision.confirm.place': 'Vieta',
	'decision.confirm.period': 'Derīguma laiks',
	'decision.confirm.periodValue': 'no {from} līdz {to}',
	'decision.confirm.fee': 'Nodeva',
	'decision.confirm.noConditions': 'Nav norādīti',
	'decision.confirm.yes.approved': 'Apstiprināt un izsniegt atļauju',
	'decision.confirm.yes.refused': 'Apstiprināt atteikumu',
	'decision.confirm.back': 'Atgriezties un labot'
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
	'account.noticeNow.chosen': 'Now: all notices to {email}.',
	'platform.nameLvGenitive': 'Latvian name in the genitive (e.g. Cēsu novada; “apstrīdēt … domē”)',
	'platform.nameLvLocative': 'Latvian name in the locative (e.g. Cēsu novadā)',
	'platform.officialNameLv': 'Official name in Latvian (e.g. Cēsu novada pašvaldība)',
	'permitPayment.iban':
		'Enter a Latvian IBAN without spaces (21 characters, starting LV), e.g. LV44DEMO0000000000001.',
	'decision.failed': 'The decision could not be made. Reload the page and try again.',
	'decision.confirm.title.approved': 'Check what will be issued',
	'decision.confirm.title.refused': 'Check the refusal',
	'decision.confirm.lead.approved':
		'Confirming makes the decision and issues the permit. The decision cannot be changed afterwards.',
	'decision.confirm.lead.refused':
		'Confirming makes the decision to refuse. The decision cannot be changed afterwards.',
	'decision.confirm.kind': 'Permit kind',
	'decision.confirm.place': 'Place',
	'decision.confirm.period': 'Valid',
	'decision.confirm.periodValue': 'from {from} to {to}',
	'decision.confirm.fee': 'Fee',
	'decision.confirm.noConditions': 'None given',
	'decision.confirm.yes.approved': 'Confirm and issue the permit',
	'decision.confirm.yes.refused': 'Confirm the refusal',
	'decision.confirm.back': 'Go back and edit'
};
