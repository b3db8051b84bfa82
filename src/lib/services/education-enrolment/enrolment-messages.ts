/**
 * Messages of the enrolment rules, Latvian first; each says what is wrong and how to put it
 * right. The lead merges these into the catalogue. Keys are new (none of messages.ts's
 * 'enrolment.*' labels): a duplicate key would silently override. Limits differ by
 * municipality and an issue carries no numbers, so texts point to where the limit is.
 */
export const enrolmentLv = {
	'enrolment.choiceNotHere':
		'Kāda no izvēlētajām iestādēm nav šīs pašvaldības sarakstā: noņemiet to un izvēlieties iestādi no saraksta.',
	'enrolment.choiceNotPreschool':
		'Pirmsskolai var izvēlēties tikai pirmsskolas izglītības iestādes: noņemiet skolas no izvēles vai mainiet izglītības pakāpi.',
	'enrolment.choiceNotSchool':
		'Skolas klasei var izvēlēties tikai skolas: noņemiet pirmsskolas iestādes no izvēles vai mainiet izglītības pakāpi.',
	'enrolment.tooManyChoices':
		'Izvēlētas {count} iestādes, bet šajā pašvaldībā atļautas ne vairāk kā {max}: noņemiet mazāk vēlamās.',
	'enrolment.startDateInPast': 'Uzsākšanas datums ir pagātnē: norādiet šodienu vai vēlāku datumu.',
	'enrolment.tooYoungForPreschool':
		'Uzsākšanas dienā bērnam vēl nebūs pusotra gada: norādiet vēlāku datumu, kad bērns būs sasniedzis pusotra gada vecumu.',
	'enrolment.tooOldForPreschool':
		'Šajā gadā bērnam jau jāmācās skolā: izvēlieties 1. klasi vai citu klasi.',
	'enrolment.tooYoungForFirstGrade':
		'1. klasē bērns sāk gadā, kad viņam aprit 7 gadi (ar ārsta vai psihologa atzinumu – 6 gadi): izvēlieties pirmsskolu vai vēlāku uzsākšanas gadu.',
	'enrolment.tooOldForFirstGrade':
		'Bērns šajā gadā ir vecāks, nekā sākot 1. klasi: izvēlieties “Citā klasē” un norādiet klasi.',
	'enrolment.tooYoungForTenthGrade':
		'Bērns šajā gadā ir par jaunu 10. klasei: pārbaudiet dzimšanas datumu un uzsākšanas datumu vai izvēlieties citu klasi.',
	'enrolment.birthDateFuture':
		'Dzimšanas datums ir nākotnē: pārbaudiet personas kodu un dzimšanas datumu.',
	'enrolment.birthDateMismatch':
		'Dzimšanas datums nesakrīt ar personas kodu (tā pirmie seši cipari ir dzimšanas datums DDMMGG): izlabojiet kodu vai datumu vai izdzēsiet datumu.',
	'enrolment.nonResidentNotAccepted':
		'Šī pašvaldība pieņem pieteikumus tikai no bērniem, kuru deklarētā dzīvesvieta ir tās teritorijā: iesniedziet pieteikumu tajā pašvaldībā, kurā bērns deklarēts.',
	'enrolment.residenceGroundContradiction':
		'Norādīta priekšrocība par deklarēto dzīvesvietu šajā pašvaldībā, bet bērna dzīvesvieta nav šeit: noņemiet šo priekšrocību vai izlabojiet atbildi par dzīvesvietu.',
	'enrolment.proofRequired':
		'Kādai no atzīmētajām priekšrocībām vajadzīgs apliecinošs dokuments: pievienojiet to vai noņemiet šo priekšrocību.',
	'enrolment.siblingNotChosen':
		'Priekšrocība par brāli vai māsu attiecas tikai uz iestādi, kurā brālis vai māsa mācās: pievienojiet šo iestādi izvēlei vai noņemiet priekšrocību.',
	'enrolment.programmeNotForLevel':
		'Šī programma nav paredzēta izvēlētajai izglītības pakāpei: izvēlieties citu programmu vai pakāpi.',
	'enrolment.secondRepIsChild':
		'Otrā pārstāvja personas kods ir tāds pats kā bērnam: ierakstiet otrā pārstāvja personas kodu.'
};

export const enrolmentEn: Record<keyof typeof enrolmentLv, string> = {
	'enrolment.choiceNotHere':
		'One of the chosen institutions is not on this municipality’s list: remove it and choose one from the list.',
	'enrolment.choiceNotPreschool':
		'For pre-school you can choose pre-school institutions only: remove the schools or change the level.',
	'enrolment.choiceNotSchool':
		'For a school grade you can choose schools only: remove the pre-school institutions or change the level.',
	'enrolment.tooManyChoices':
		'{count} institutions are chosen, but this municipality allows at most {max}: remove the ones you want least.',
	'enrolment.startDateInPast': 'The start date is in the past: enter today or a later date.',
	'enrolment.tooYoungForPreschool':
		'On the start date the child will not yet be one and a half: enter a later date, when the child has reached that age.',
	'enrolment.tooOldForPreschool':
		'In this year the child should already be at school: choose grade 1 or another grade.',
	'enrolment.tooYoungForFirstGrade':
		'A child starts grade 1 in the year they turn 7 (6 with a doctor’s or psychologist’s opinion): choose pre-school or a later start year.',
	'enrolment.tooOldForFirstGrade':
		'In this year the child is older than a child starting grade 1: choose “Another grade” and give the grade.',
	'enrolment.tooYoungForTenthGrade':
		'In this year the child is too young for grade 10: check the birth date and the start date, or choose another grade.',
	'enrolment.birthDateFuture':
		'The date of birth is in the future: check the personal code and the date of birth.',
	'enrolment.birthDateMismatch':
		'The date of birth does not match the personal code (its first six digits are the birth date DDMMYY): correct the code or the date, or clear the date.',
	'enrolment.nonResidentNotAccepted':
		'This municipality accepts applications only for children whose declared residence is here: apply to the municipality where the child is declared.',
	'enrolment.residenceGroundContradiction':
		'The declared-residence priority is ticked, but the child’s residence is not here: remove that priority or correct the answer about residence.',
	'enrolment.proofRequired':
		'A ticked priority needs a document as proof: attach it or remove that priority.',
	'enrolment.siblingNotChosen':
		'The sibling priority applies only to the institution the sibling attends: add that institution to your choices or remove the priority.',
	'enrolment.programmeNotForLevel':
		'This programme is not offered for the chosen level: choose another programme or level.',
	'enrolment.secondRepIsChild':
		'The second representative’s personal code is the child’s: enter the second representative’s own code.'
};
