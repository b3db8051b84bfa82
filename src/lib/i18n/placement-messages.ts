/**
 * Placement's texts (issue 16): programmes, runs, offers and explanations. Latvian first;
 * addressed to people without gendered forms ("Jūs", imperative plural).
 */
export const placementLv = {
	'placement.settings.invalid': 'Iestatījumi nav saderīgi; skatiet norādes pie laukiem.',
	'placement.settings.windowHalf': 'Norādiet gan pieteikšanās sākumu, gan beigas, vai nevienu.',
	'placement.settings.windowOrder': 'Pieteikšanās beigām jābūt ne agrāk par sākumu.',
	'placement.settings.reminderAfterDeadline':
		'Atgādinājumam jābūt pirms atbildes termiņa: mazāk dienu nekā termiņā.',
	'placement.capacity.zero':
		'Vietu skaits nevar būt 0. Ja programmā šoreiz neuzņem, neiekļaujiet to uzņemšanā.',
	'placement.programme.unknown': 'Šādas programmas šajā pašvaldībā nav.',
	'placement.service.unknown': 'Šim pakalpojumam vietu sadale nav paredzēta.',
	'placement.run.unknown': 'Šādas sadales kārtas nav.',
	'placement.run.alreadyRun': 'Šī kārta jau ir izpildīta.',
	'placement.run.notRun': 'Kārta vēl nav izpildīta; vispirms izpildiet un pārbaudiet to.',
	'placement.run.alreadyPublished': 'Šī kārta jau ir publicēta.',
	'placement.run.failedChecks':
		'Kārta neizturēja pārbaudi, tāpēc to nevar publicēt. Skatiet pārbaudes ziņojumu.',
	'placement.run.noCapacity': 'Programmai nav norādīts vietu skaits.',
	'placement.run.noProgrammes': 'Šai uzņemšanai nav nevienas programmas.',
	'placement.offer.notOpen': 'Šis piedāvājums vairs nav atvērts.',
	'placement.offer.pastDeadline':
		'Atbilde saņemta pēc termiņa beigām, tāpēc piedāvājums vairs nav spēkā.',
	'placement.offer.already.accepted': 'Piedāvājums jau ir pieņemts.',
	'placement.offer.already.declined': 'No piedāvājuma jau ir atteikts.',
	'placement.offer.already.expired': 'Piedāvājuma termiņš jau ir beidzies.',
	'placement.case.valueForKind':
		'Komisijas lēmums piešķir prioritāti; pierādījumu labojums grupu pievieno vai noņem.',
	'workflow.onlyThroughPlacement':
		'Šo soli sper tikai ar vietu sadales piedāvājumu, nevis atsevišķi.',
	'action.returnToQueue': 'Atgriezts rindā',
	'audit.action.placement.settings': 'Mainīja vietu sadales iestatījumus',
	'audit.action.placement.capacity': 'Mainīja programmas vietu skaitu',
	'audit.action.placement.publish': 'Publicēja sadales kārtu',
	'audit.action.placement.case': 'Izskatīja atsevišķu gadījumu'
} as const;

export const placementEn: Record<keyof typeof placementLv, string> = {
	'placement.settings.invalid': 'The settings do not fit together; see the notes at the fields.',
	'placement.settings.windowHalf': 'Give both the opening and the closing day, or neither.',
	'placement.settings.windowOrder': 'Applications cannot close before they open.',
	'placement.settings.reminderAfterDeadline':
		'The reminder must come before the deadline: fewer days than the reply window.',
	'placement.capacity.zero':
		'Seats cannot be 0. If the programme takes nobody this time, leave it out of the intake.',
	'placement.programme.unknown': 'There is no such programme in this municipality.',
	'placement.service.unknown': 'This service has no placement.',
	'placement.run.unknown': 'There is no such run.',
	'placement.run.alreadyRun': 'This run has already been run.',
	'placement.run.notRun': 'The run has not been run yet; run and check it first.',
	'placement.run.alreadyPublished': 'This run has already been published.',
	'placement.run.failedChecks':
		'The run failed its checks, so it cannot be published. See the verification report.',
	'placement.run.noCapacity': 'The programme has no number of seats.',
	'placement.run.noProgrammes': 'This intake has no programme.',
	'placement.offer.notOpen': 'This offer is no longer open.',
	'placement.offer.pastDeadline':
		'The reply arrived after the deadline, so the offer no longer stands.',
	'placement.offer.already.accepted': 'The offer has already been accepted.',
	'placement.offer.already.declined': 'The offer has already been declined.',
	'placement.offer.already.expired': 'The offer has already lapsed.',
	'placement.case.valueForKind':
		'A commission decision grants priority; an evidence correction adds or removes a group.',
	'workflow.onlyThroughPlacement': 'This step is taken only through a placement offer.',
	'action.returnToQueue': 'Returned to the queue',
	'audit.action.placement.settings': 'Changed the placement settings',
	'audit.action.placement.capacity': 'Changed a programme’s seats',
	'audit.action.placement.publish': 'Published a placement run',
	'audit.action.placement.case': 'Handled an individual case'
};
