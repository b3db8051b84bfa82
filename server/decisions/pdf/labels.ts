import { EN_MONTHS } from '../../../src/lib/domain/date-format';
/**
 * The fixed wording of a decision document in each language. These are printed texts of an
 * administrative act, not UI strings, so they live here rather than in the UI catalogue.
 */
export type DocLang = 'lv' | 'en';

export type DocLabels = {
	title: string;
	number: string;
	facts: string;
	applicant: string;
	applicantCode: string;
	application: string;
	submittedOn: string;
	service: string;
	decision: string;
	approved: string;
	refused: string;
	conditions: string;
	reasons: string;
	permit: string;
	permitNumber: string;
	validity: string;
	location: string;
	fee: string;
	feeAmount: string;
	payee: string;
	account: string;
	reference: string;
	appeal: string;
	/** "1. lpp. no 2" / "Page 1 of 2". */
	page: (n: number, of: number) => string;
	/** A YYYY-MM-DD day as written in the running text of a document. */
	date: (day: string) => string;
	/** Validity period of a permit. */
	period: (from: string, to: string) => string;
};

// Latvian documents write dates with the month in the locative: "2025. gada 3. martā".
const LV_MONTHS = [
	'janvārī',
	'februārī',
	'martā',
	'aprīlī',
	'maijā',
	'jūnijā',
	'jūlijā',
	'augustā',
	'septembrī',
	'oktobrī',
	'novembrī',
	'decembrī'
];

function parts(day: string): { y: string; m: number; d: number } {
	const [y = '', m = '1', d = '1'] = day.split('-');
	return { y, m: Number(m), d: Number(d) };
}

// U+00A0 keeps "2025. gada" and "3. martā" on one line.
const NBSP = '\u00a0';

export const LABELS: Record<DocLang, DocLabels> = {
	lv: {
		title: 'LĒMUMS',
		number: 'Nr.',
		facts: 'Lietas apstākļi',
		applicant: 'Iesniedzējs',
		applicantCode: 'Personas kods / reģistrācijas numurs',
		application: 'Iesnieguma numurs',
		submittedOn: 'Iesniegts',
		service: 'Pakalpojums',
		decision: 'Lēmums',
		approved: 'Iesniegumu apmierināt.',
		refused: 'Iesniegumu noraidīt.',
		conditions: 'Nosacījumi',
		reasons: 'Pamatojums',
		permit: 'Atļauja',
		permitNumber: 'Atļaujas numurs',
		validity: 'Derīguma termiņš',
		location: 'Vieta',
		fee: 'Nodeva',
		feeAmount: 'Maksājamā summa',
		payee: 'Saņēmējs',
		account: 'Konts (IBAN)',
		reference: 'Maksājuma mērķī norādīt',
		appeal: 'Apstrīdēšanas kārtība',
		page: (n, of) => `${n}. lpp. no ${of}`,
		date: (day) => {
			const { y, m, d } = parts(day);
			return `${y}.${NBSP}gada ${d}.${NBSP}${LV_MONTHS[m - 1] ?? ''}`;
		},
		period: (from, to) => `no ${from} līdz ${to}`
	},
	en: {
		title: 'DECISION',
		number: 'No.',
		facts: 'Facts',
		applicant: 'Applicant',
		applicantCode: 'Personal code / registration number',
		application: 'Application reference',
		submittedOn: 'Submitted',
		service: 'Service',
		decision: 'Decision',
		approved: 'The application is approved.',
		refused: 'The application is refused.',
		conditions: 'Conditions',
		reasons: 'Reasons',
		permit: 'Permit',
		permitNumber: 'Permit number',
		validity: 'Valid',
		location: 'Location',
		fee: 'Fee',
		feeAmount: 'Amount due',
		payee: 'Recipient',
		account: 'Account (IBAN)',
		reference: 'Payment reference',
		appeal: 'How to contest this decision',
		page: (n, of) => `Page ${n} of ${of}`,
		date: (day) => {
			const { y, m, d } = parts(day);
			return `${d}${NBSP}${EN_MONTHS[m - 1] ?? ''} ${y}`;
		},
		period: (from, to) => `from ${from} to ${to}`
	}
};

/** The PDF's /Lang entry (BCP 47), read by screen readers. */
export const LANGUAGE_TAG: Record<DocLang, string> = { lv: 'lv-LV', en: 'en' };
