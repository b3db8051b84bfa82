import type { EnrolmentSettings, PriorityGroup, Programme } from './settings';

/**
 * DEMO VALUES, shaped on Latvian practice but not any municipality's adopted rules: a real
 * municipality enters its own on the admin page. Sources of the shape: Rīga binding
 * regulations No. 191 (2016, amended by No. 114 of 2022) and Rīga's open pre-school queue
 * data (grounds: age 5, out-of-turn commission decision, sibling, declared residence);
 * Liepāja's limit of three institutions per application (Rīga's council capped it at three
 * too, e-klase.lv news 10340); grounds found in other municipal
 * rules (a child without parental care, of the institution's staff, of a professional
 * soldier, of a large family). Which ground needs a document is a guess a municipality
 * would make: what the municipality can check in a state register itself needs none.
 */

const t = (lv: string, en: string) => ({ lv, en });

const PROGRAMMES = {
	preschool: {
		value: 'preschoolGeneral',
		label: t('Vispārējās pirmsskolas izglītības programma', 'General pre-school programme'),
		levels: ['preschool']
	},
	basic: {
		value: 'basicGeneral',
		label: t('Pamatizglītības programma', 'Basic education programme'),
		levels: ['grade1', 'transfer']
	},
	secondary: {
		value: 'secondaryGeneral',
		label: t('Vispārējās vidējās izglītības programma', 'General secondary programme'),
		levels: ['grade10', 'transfer']
	},
	special: {
		value: 'special',
		label: t('Speciālās izglītības programma', 'Special education programme'),
		hint: t(
			'Bērniem ar speciālām vajadzībām; nepieciešams pedagoģiski medicīniskās komisijas atzinums.',
			'For children with special needs; an opinion of the pedagogical-medical commission is needed.'
		)
	},
	minority: {
		value: 'minority',
		label: t(
			'Programma ar mazākumtautības valodas un kultūras apguvi',
			'Programme with a minority language and culture'
		),
		hint: t(
			'Mācības notiek latviešu valodā; mazākumtautības valodu un kultūru apgūst papildus.',
			'Teaching is in Latvian; the minority language and culture are learnt in addition.'
		),
		levels: ['preschool', 'grade1', 'transfer']
	}
} satisfies Record<string, Programme>;

const LATVIAN = { value: 'lv', label: t('Latviešu', 'Latvian') };
const ENGLISH = {
	value: 'en',
	label: t('Angļu', 'English'),
	hint: t(
		'Tikai iestādēs, kurās ir šāda programma (piemēram, ES pilsoņu bērniem).',
		'Only in institutions with such a programme (for example, for children of EU citizens).'
	)
};

const GROUNDS = {
	commission: {
		value: 'commission',
		label: t('Komisijas lēmums par uzņemšanu ārpus kārtas', 'Commission decision: out of turn'),
		hint: t(
			'Lēmums ir pašvaldības rīcībā; dokuments nav jāpievieno.',
			'The municipality has the decision; no document is needed.'
		),
		requiresProof: false
	},
	sibling: {
		value: 'sibling',
		label: t('Brālis vai māsa jau mācās iestādē', 'A brother or sister attends the institution'),
		hint: t(
			'Norādiet iestādi un brāļa vai māsas vārdu; to pārbaudīsim VIIS.',
			'Give the institution and the sibling’s name; we check it in the education register.'
		),
		requiresProof: false
	},
	declaredResidence: {
		value: 'declaredResidence',
		label: t(
			'Bērna un vecāka deklarētā dzīvesvieta ir šajā pašvaldībā',
			'The child’s and a parent’s declared residence is in this municipality'
		),
		hint: t('Pārbaudīsim Fizisko personu reģistrā.', 'We check it in the population register.'),
		requiresProof: false
	},
	noParentalCare: {
		value: 'noParentalCare',
		label: t('Bārenis vai bērns bez vecāku gādības', 'An orphan or a child without parental care'),
		hint: t('Pievienojiet bāriņtiesas lēmumu.', 'Attach the orphan’s court decision.'),
		requiresProof: true
	},
	staffChild: {
		value: 'staffChild',
		label: t('Vecāks strādā izvēlētajā iestādē', 'A parent works at the chosen institution'),
		hint: t('Pievienojiet darba devēja izziņu.', 'Attach a statement from the employer.'),
		requiresProof: true
	},
	soldierChild: {
		value: 'soldierChild',
		label: t('Profesionālā dienesta karavīra bērns', 'Child of a professional soldier'),
		hint: t(
			'Pievienojiet Nacionālo bruņoto spēku izziņu.',
			'Attach a certificate from the National Armed Forces.'
		),
		requiresProof: true
	},
	largeFamily: {
		value: 'largeFamily',
		label: t('Daudzbērnu ģimene', 'Large family'),
		hint: t(
			'Statusu pārbaudīsim Goda ģimenes apliecību reģistrā.',
			'We check the status in the Honour Family register.'
		),
		requiresProof: false
	}
} satisfies Record<string, PriorityGroup>;

const g = (...names: (keyof typeof GROUNDS)[]): PriorityGroup[] => names.map((n) => GROUNDS[n]);
const ALL_PROGRAMMES: Programme[] = Object.values(PROGRAMMES);

/** What a municipality starts with before its admin sets anything. */
export const DEFAULT_ENROLMENT_SETTINGS: EnrolmentSettings = {
	maxChoices: 3,
	allowNonResidents: true,
	minPreschoolAgeMonths: 18,
	age5Priority: true,
	programmes: ALL_PROGRAMMES,
	languages: [LATVIAN],
	priorityGroups: g('sibling', 'declaredResidence')
};

const base = (over: Partial<EnrolmentSettings>): EnrolmentSettings => ({
	...DEFAULT_ENROLMENT_SETTINGS,
	...over
});

/** Demo municipalities by id (seed data), DEMO VALUES. */
export const ENROLMENT_DEMO_SETTINGS: Readonly<Record<string, EnrolmentSettings>> = {
	riga: base({
		maxChoices: 3,
		languages: [LATVIAN, ENGLISH],
		priorityGroups: g('commission', 'sibling', 'declaredResidence')
	}),
	liepaja: base({
		maxChoices: 3,
		priorityGroups: g('noParentalCare', 'sibling', 'staffChild', 'soldierChild', 'largeFamily')
	}),
	jurmala: base({
		maxChoices: 5,
		priorityGroups: g('noParentalCare', 'sibling', 'largeFamily', 'declaredResidence')
	}),
	adazi: base({
		// Ādaži hosts the army's largest base: soldiers' children are a ground there.
		maxChoices: 2,
		allowNonResidents: false,
		priorityGroups: g('soldierChild', 'sibling', 'staffChild', 'declaredResidence')
	}),
	ropazi: base({
		maxChoices: 3,
		programmes: [PROGRAMMES.preschool, PROGRAMMES.basic, PROGRAMMES.secondary],
		priorityGroups: g('sibling', 'largeFamily', 'staffChild', 'declaredResidence')
	}),
	jekabpils: base({
		maxChoices: 4,
		priorityGroups: g('noParentalCare', 'sibling', 'largeFamily', 'soldierChild')
	})
};
