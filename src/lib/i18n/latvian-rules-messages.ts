/**
 * Texts of the Latvian rules (registration numbers, names, officer dates, rate limits),
 * Latvian first. Kept apart from messages.ts so each part owns its own block; merged there.
 */
export const latvianRulesLv = {
	'registrationNumber.personalCode':
		'Tas izskatās pēc personas koda. Uzņēmuma vai iestādes reģistrācijas numurs sākas ar 4, 5 vai 9.',
	'registrationNumber.firstDigit':
		'Reģistrācijas numurs sākas ar 4, 5 vai 9. Pārbaudiet pirmo ciparu.',
	'text.controlCharacters':
		'Tekstā ir neredzamas vadības rakstzīmes (piemēram, teksta virziena maiņa). Izdzēsiet tās un ierakstiet tekstu vēlreiz.'
} as const;

export const latvianRulesEn: Record<keyof typeof latvianRulesLv, string> = {
	'registrationNumber.personalCode':
		'This looks like a personal code. A company’s or institution’s registration number starts with 4, 5 or 9.',
	'registrationNumber.firstDigit':
		'A registration number starts with 4, 5 or 9. Check the first digit.',
	'text.controlCharacters':
		'The text holds invisible control characters (such as a text-direction override). Remove them and type the text again.'
};
