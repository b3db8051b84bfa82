/**
 * Texts of the sign-in page and the acting-for indicator (Latvian first). Kept apart from
 * messages.ts so each part of the UI owns its own block; merged there.
 */
export const signInLv = {
	'login.title': 'Pieslēgšanās',
	'login.lead':
		'Pieslēdzieties ar Latvija.lv: ar eID karti, eParaksts mobile vai internetbanku. Kopa saņem tikai jūsu vārdu, uzvārdu un personas kodu.',
	'login.latvija': 'Pieslēgties ar Latvija.lv',
	'login.unavailable': 'Pieslēgšanās ar Latvija.lv šajā vidē nav iestatīta.',
	'login.retry': 'Mēģināt vēlreiz',
	'login.draftsKept':
		'Viss, ko bijāt sagatavojis, ir saglabāts šajā ierīcē un nav pazudis; pēc pieslēgšanās tas tiks nosūtīts.',
	'login.error.expired':
		'Pieslēgšanās netika pabeigta laikā, tāpēc tā vairs nav derīga. Lūdzu, pieslēdzieties vēlreiz.',
	'login.error.cancelled': 'Jūs atcēlāt pieslēgšanos Latvija.lv, tāpēc pieslēgšanās nenotika.',
	'login.error.not_allowed':
		'Latvija.lv apstiprināja jūsu identitāti, bet ar šādu kontu Kopā pieslēgties nevar (piemēram, iestādes sistēmas konts). Pieslēdzieties kā privātpersona.',
	'login.error.invalid':
		'Latvija.lv atbildi neizdevās pārbaudīt, tāpēc jūs netikāt pieslēgts. Lūdzu, mēģiniet vēlreiz.',
	'login.error.replayed':
		'Šī pieslēgšanās jau reiz ir izmantota, tāpēc to nevar izmantot vēlreiz. Lūdzu, pieslēdzieties no jauna.',
	'login.error.rate_limited': 'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc {seconds} s.',
	'login.demoTitle': 'Demonstrācijas personas (testiem)',
	'login.demoLead':
		'Šī pieslēgšanās ar izdomātām personām ir ieslēgta tikai testu videi (KOPA_DEMO_LOGIN=1).',
	'login.as': 'Pieslēgties kā {name}',
	'login.citizens': 'Iedzīvotāji',
	'login.staff': 'Darbinieki',
	'login.needed': 'Lai turpinātu, pieslēdzieties.',
	'login.actingFor.company': 'uzņēmuma vārdā (reģ. nr. {registrationNumber})',
	'login.actingFor.person': 'ar pilnvaru',
	'login.actingFor.institution': 'iestādes {institution} vārdā'
} as const;

export const signInEn: Record<keyof typeof signInLv, string> = {
	'login.title': 'Sign in',
	'login.lead':
		'Sign in through Latvija.lv: with your eID card, eParaksts mobile or online bank. Kopa receives only your name and personal code.',
	'login.latvija': 'Sign in with Latvija.lv',
	'login.unavailable': 'Signing in through Latvija.lv is not set up here.',
	'login.retry': 'Try again',
	'login.draftsKept':
		'Everything you had drafted is kept on this device and nothing is lost; it will be sent once you are signed in.',
	'login.error.expired':
		'The sign-in was not finished in time, so it ran out. Please sign in again.',
	'login.error.cancelled': 'You cancelled signing in at Latvija.lv. You are not signed in.',
	'login.error.not_allowed':
		'Latvija.lv confirmed who you are, but this kind of account cannot sign in to Kopa (for example an institution’s system account). Please sign in as a private person.',
	'login.error.invalid':
		'The answer from Latvija.lv could not be verified, so you were not signed in. Please try again.',
	'login.error.replayed':
		'This sign-in had already been used, so it cannot be used again. Please sign in afresh.',
	'login.error.rate_limited': 'Too many attempts. Try again in {seconds} s.',
	'login.demoTitle': 'Demo people (for tests)',
	'login.demoLead':
		'Signing in as invented people is switched on only for the test environment (KOPA_DEMO_LOGIN=1).',
	'login.as': 'Sign in as {name}',
	'login.citizens': 'Residents',
	'login.staff': 'Staff',
	'login.needed': 'Sign in to continue.',
	'login.actingFor.company': 'for company reg. no. {registrationNumber}',
	'login.actingFor.person': 'under a power of attorney',
	'login.actingFor.institution': 'for institution {institution}'
};
