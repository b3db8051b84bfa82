import type { Answers, StepDef } from '../types';
import { KIND_OPTIONS, YES_NO } from './kinds';
import { F, hasPeriod } from './rules';

const isCompany = (a: Answers) => a.applicantType === 'company';
const kindIs = (kind: string) => (a: Answers) => a[F.kind] === kind;

/** Largest side accepted, in metres: big building wraps reach tens of metres, not hundreds. */
export const MAX_SIDE_M = 50;

/** The documents an officer can judge a design by (Regulation No. 732: a sketch or photomontage). */
const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;

const applicant: StepDef = {
	id: 'applicant',
	title: { lv: 'Iesniedzējs', en: 'Applicant' },
	lead: {
		lv: 'Kas lūdz atļauju un ar ko sazināties par pieteikumu.',
		en: 'Who asks for the permit and whom to contact about it.'
	},
	fields: [
		{
			name: 'applicantType',
			kind: 'choice',
			label: { lv: 'Iesniedzējs ir', en: 'The applicant is' },
			required: true,
			options: {
				from: 'static',
				options: [
					{
						value: 'company',
						label: { lv: 'Uzņēmums vai organizācija', en: 'A company or organisation' }
					},
					{ value: 'person', label: { lv: 'Privātpersona', en: 'A private person' } }
				]
			}
		},
		{
			name: 'companyName',
			kind: 'text',
			label: { lv: 'Uzņēmuma nosaukums', en: 'Company name' },
			required: true,
			showWhen: isCompany,
			autocomplete: 'organization'
		},
		{
			name: 'registrationNumber',
			kind: 'registrationNumber',
			label: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
			hint: {
				lv: '11 cipari. Ja pieslēdzāties uzņēmuma vārdā, tas jau ir aizpildīts.',
				en: '11 digits. Filled in already if you signed in on behalf of the company.'
			},
			required: true,
			showWhen: isCompany
		},
		{
			name: 'contactName',
			kind: 'text',
			label: { lv: 'Kontaktpersona', en: 'Contact person' },
			required: true,
			autocomplete: 'name'
		},
		{
			name: 'phone',
			kind: 'phone',
			label: { lv: 'Tālrunis', en: 'Phone' },
			required: true,
			autocomplete: 'tel'
		},
		{
			name: 'email',
			kind: 'email',
			label: { lv: 'E-pasts', en: 'Email' },
			hint: { lv: 'Uz šo adresi nosūtīsim lēmumu.', en: 'We send the decision to this address.' },
			required: true,
			autocomplete: 'email'
		}
	]
};

const permit: StepDef = {
	id: 'permit',
	title: { lv: 'Atļaujas veids', en: 'Kind of permit' },
	fields: [
		{
			name: F.kind,
			kind: 'choice',
			label: { lv: 'Kāda atļauja jums vajadzīga?', en: 'Which permit do you need?' },
			required: true,
			options: { from: 'static', options: KIND_OPTIONS }
		},
		{
			name: 'eventName',
			kind: 'text',
			label: { lv: 'Pasākuma nosaukums', en: 'Name of the event' },
			required: true,
			showWhen: kindIs('temporary')
		},
		{
			name: 'vehicleNumber',
			kind: 'text',
			label: { lv: 'Transportlīdzekļa valsts numurs', en: 'Vehicle registration plate' },
			hint: { lv: 'Piemēram, AB-1234', en: 'For example, AB-1234' },
			required: true,
			max: 20,
			showWhen: kindIs('mobile')
		},
		{
			name: 'existingPermitNumber',
			kind: 'text',
			label: { lv: 'Esošās atļaujas numurs', en: 'Number of the existing permit' },
			hint: { lv: 'Tas ir norādīts atļaujā.', en: 'It is printed on the permit.' },
			required: true,
			max: 40,
			showWhen: kindIs('designChange')
		},
		{
			name: 'content',
			kind: 'longText',
			label: { lv: 'Reklāmas saturs', en: 'What the advertising says or shows' },
			hint: {
				lv: 'Teksts un attēli īsumā, piemēram, “Kafejnīcas nosaukums un logotips”.',
				en: 'Text and images in brief, e.g. “The café’s name and logo”.'
			},
			max: 1000
		}
	]
};

const location: StepDef = {
	id: 'location',
	title: { lv: 'Vieta', en: 'Location' },
	fields: [
		{
			name: 'address',
			kind: 'address',
			label: { lv: 'Adrese', en: 'Address' },
			hint: {
				lv: 'Mobilajai reklāmai: kur transportlīdzeklis parasti atrodas.',
				en: 'For mobile advertising: where the vehicle is usually kept.'
			},
			required: true
		},
		{
			name: F.point,
			kind: 'mapPoint',
			label: { lv: 'Vieta kartē', en: 'Place on the map' },
			hint: {
				lv: 'Atzīmējiet, kur tieši reklāma atradīsies.',
				en: 'Mark exactly where the advertising will be.'
			},
			required: true,
			area: { setting: 'boundary' }
		},
		{
			name: F.zone,
			kind: 'choice',
			label: { lv: 'Nodevas zona', en: 'Fee zone' },
			hint: {
				lv: 'Pašvaldības noteiktā zona, kurā atrodas vieta; no tās atkarīga nodeva.',
				en: 'The municipality’s zone the place is in; the fee depends on it.'
			},
			required: true,
			options: { from: 'settings', list: 'zones' }
		},
		{
			name: F.nearMonument,
			kind: 'choice',
			label: {
				lv: 'Vai vieta ir kultūras pieminekļa teritorijā vai tā aizsardzības zonā?',
				en: 'Is the place on a cultural monument’s site or in its protection zone?'
			},
			hint: {
				lv: 'Tad atļauju saskaņo arī Nacionālā kultūras mantojuma pārvalde, un izskatīšana ilgst ilgāk.',
				en: 'Then the National Heritage Board must also agree, and the decision takes longer.'
			},
			required: true,
			options: { from: 'static', options: YES_NO }
		}
	]
};

const size: StepDef = {
	id: 'size',
	title: { lv: 'Izmēri un periods', en: 'Size and period' },
	fields: [
		{
			name: F.width,
			kind: 'number',
			label: { lv: 'Platums, m', en: 'Width, m' },
			hint: { lv: 'Piemēram, 1,2', en: 'For example, 1.2' },
			required: true,
			min: 0.01,
			max: MAX_SIDE_M
		},
		{
			name: F.height,
			kind: 'number',
			label: { lv: 'Augstums, m', en: 'Height, m' },
			required: true,
			min: 0.01,
			max: MAX_SIDE_M
		},
		{
			name: 'lighting',
			kind: 'choice',
			label: { lv: 'Vai reklāma būs izgaismota?', en: 'Will it be lit?' },
			required: true,
			options: { from: 'static', options: YES_NO }
		},
		{
			name: 'soundEffects',
			kind: 'choice',
			label: { lv: 'Vai būs skaņas efekti?', en: 'Will there be sound effects?' },
			required: true,
			options: { from: 'static', options: YES_NO }
		},
		{
			name: F.from,
			kind: 'date',
			label: { lv: 'Izvietot no', en: 'Display from' },
			required: true,
			showWhen: (a) => hasPeriod(a[F.kind])
		},
		{
			name: F.to,
			kind: 'date',
			label: { lv: 'Izvietot līdz', en: 'Display until' },
			hint: {
				lv: 'Garākais atļautais periods ir atkarīgs no reklāmas veida un pašvaldības noteikumiem.',
				en: 'The longest period allowed depends on the kind and the municipality’s rules.'
			},
			required: true,
			showWhen: (a) => hasPeriod(a[F.kind])
		}
	]
};

const documents: StepDef = {
	id: 'documents',
	title: { lv: 'Dokumenti', en: 'Documents' },
	fields: [
		{
			name: 'design',
			kind: 'file',
			label: {
				lv: 'Skice vai fotomontāža ar izmēriem',
				en: 'Sketch or photomontage with dimensions'
			},
			hint: {
				lv: 'Reklāmas izskats vietā, kur tā atradīsies, ar norādītiem izmēriem. PDF, JPG vai PNG.',
				en: 'How the advertising will look where it will be, with its dimensions. PDF, JPG or PNG.'
			},
			required: true,
			accept: DOCUMENT_TYPES,
			maxFiles: 5
		},
		{
			name: 'ownsProperty',
			kind: 'choice',
			label: {
				lv: 'Vai jūs (vai jūsu uzņēmums) esat īpašuma īpašnieks?',
				en: 'Do you (or your company) own the property?'
			},
			required: true,
			options: { from: 'static', options: YES_NO }
		},
		{
			name: 'ownerConsent',
			kind: 'file',
			label: { lv: 'Īpašnieka piekrišana', en: 'The owner’s consent' },
			hint: {
				lv: 'Īpašnieka vai tiesiskā valdītāja rakstiska piekrišana reklāmas izvietošanai.',
				en: 'The owner’s or lawful possessor’s written consent to the advertising.'
			},
			required: true,
			accept: DOCUMENT_TYPES,
			maxFiles: 3,
			showWhen: (a) => a.ownsProperty === 'no'
		}
	]
};

export const permitSteps: readonly StepDef[] = [applicant, permit, location, size, documents];
