/**
 * The placement engine's texts (issue 16): why a rule set is refused when saved, and why a
 * choice brought no offer. Latvian first, English as the switch. Sentences avoid a number
 * before a noun ("Vietu skaits: {seats}") so Latvian needs no plural forms.
 */
export const placementEngineLv = {
	'placementEngine.seedFormat': 'Sēklai jābūt 64 heksadecimālām zīmēm (0–9, a–f).',
	'placementEngine.unknownFact': 'Šāda fakta nav: izvēlieties kādu no zināmajiem faktiem.',
	'placementEngine.factValue': 'Fakta vērtība neatbilst tā veidam.',
	'placementEngine.factTest': 'Šo faktu nevar pārbaudīt ar šādu nosacījumu.',
	'placementEngine.duplicateGroup': 'Grupa ar šādu nosaukumu jau ir: nosaukumiem jāatšķiras.',
	'placementEngine.windowOrder': 'Pieteikšanās perioda beigas nevar būt pirms tā sākuma.',
	'placementEngine.windowsOverlap':
		'Pieteikšanās periodi pārklājas: katra diena var piederēt tikai vienam periodam.',
	'placementEngine.windowRequired':
		'Izlozei vai dzimšanas datumam kā secības noteicējam vajadzīgs pieteikšanās periods.',
	'placementEngine.zeroCapacity': 'Programmā jābūt vismaz vienai vietai.',
	'placementEngine.noProgrammes': 'Uzņemšanai jānorāda vismaz viena programma.',
	'placementEngine.duplicateProgramme': 'Šī programma sarakstā jau ir.',
	'placementEngine.duplicateApplicant': 'Šis pieteikums kārtas datos ir divreiz.',
	'placementEngine.duplicateChoice': 'Viena un tā pati izvēle sarakstā ir divreiz.',
	'placementEngine.unknownHeld': 'Iegūtā vieta ir programmā, kas šajā kārtā netiek sadalīta.',
	'placementEngine.reason.placed': 'Vieta piedāvāta šajā programmā.',
	'placementEngine.reason.held': 'Saglabāta līdzšinējā vieta.',
	'placementEngine.reason.placedHigher': 'Piedāvāta vieta programmā, kas sarakstā ir augstāk.',
	'placementEngine.reason.full':
		'Vietu skaits: {seats}. Visas ieguva pieteikumi ar atslēgu {cutoff} vai labāku; jūsu atslēga: {key}.',
	'placementEngine.reason.onlyHeld':
		'Vietu skaits: {seats}. Visas paliek bērniem, kuri tās jau ieguvuši iepriekš.',
	'placementEngine.reason.noSeats': 'Šajā kārtā programmā nav brīvu vietu.',
	'placementEngine.reason.notEligible':
		'Pēc uzņemšanas noteikumiem šajā programmā pieteikties nevar.',
	'placementEngine.reason.notInRun': 'Šī programma šajā kārtā netiek sadalīta.',
	'placementEngine.reason.belowHeld':
		'Šī izvēle sarakstā ir zemāk par jau iegūto vietu, tāpēc tā netiek piedāvāta.'
};

export const placementEngineEn: Record<keyof typeof placementEngineLv, string> = {
	'placementEngine.seedFormat': 'The seed must be 64 hexadecimal digits (0–9, a–f).',
	'placementEngine.unknownFact': 'There is no such fact: choose one of the known facts.',
	'placementEngine.factValue': "The fact's value does not fit its kind.",
	'placementEngine.factTest': 'This fact cannot be tested with this condition.',
	'placementEngine.duplicateGroup': 'A group with this name already exists: names must differ.',
	'placementEngine.windowOrder': 'An application window cannot end before it starts.',
	'placementEngine.windowsOverlap':
		'Application windows overlap: each day may belong to one window only.',
	'placementEngine.windowRequired':
		'A lottery or birth-date tie-break needs an application window.',
	'placementEngine.zeroCapacity': 'A programme needs at least one seat.',
	'placementEngine.noProgrammes': 'An intake needs at least one programme.',
	'placementEngine.duplicateProgramme': 'This programme is already listed.',
	'placementEngine.duplicateApplicant': "This application is twice in the round's data.",
	'placementEngine.duplicateChoice': 'The same choice is listed twice.',
	'placementEngine.unknownHeld': 'The place held is in a programme not placed in this round.',
	'placementEngine.reason.placed': 'A place is offered in this programme.',
	'placementEngine.reason.held': 'The current place is kept.',
	'placementEngine.reason.placedHigher': 'A place is offered in a programme ranked higher.',
	'placementEngine.reason.full':
		'Seats: {seats}. All went to keys {cutoff} or better; your key is {key}.',
	'placementEngine.reason.onlyHeld':
		'Seats: {seats}. All stay with children who already hold them.',
	'placementEngine.reason.noSeats': 'The programme has no free seats in this round.',
	'placementEngine.reason.notEligible':
		'The admission rules do not allow applying to this programme.',
	'placementEngine.reason.notInRun': 'This programme is not placed in this round.',
	'placementEngine.reason.belowHeld':
		'This choice is ranked below the place already held, so it is not offered.'
};
