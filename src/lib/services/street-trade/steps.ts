import type { Answers, StepDef } from '../types';
import { F } from './fields';
import {
	CLOSING_OPTIONS,
	GOODS_OPTIONS,
	OPENING_OPTIONS,
	STALL_OPTIONS,
	WEEKDAY_OPTIONS
} from './options';

const isCompany = (a: Answers) => a[F.applicantType] === 'company';
const sellsFood = (a: Answers) => {
	const goods = a[F.goods];
	return Array.isArray(goods) && goods.includes('food');
};

/** Hard bounds of a side in metres; the municipality's own limits are checked by the rules. */
const MAX_SIDE_M = 20;

/** Documents an officer can judge a stall by: a sketch or a photo, or a PDF. */
const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;

const seller: StepDef = {
	id: 'seller',
	title: { lv: 'Tirgotājs', en: 'Seller' },
	lead: {
		lv: 'Kas tirgos un ar ko sazināties par pieteikumu.',
		en: 'Who will trade and whom to contact about the application.'
	},
	fields: [
		{
			name: F.applicantType,
			kind: 'choice',
			label: { lv: 'Tirgotājs ir', en: 'The seller is' },
			required: true,
			options: {
				from: 'static',
				options: [
					{
						value: 'company',
						label: { lv: 'Uzņēmums vai organizācija', en: 'A company or organisation' }
					},
					{
						value: 'person',
						label: { lv: 'Fiziska persona', en: 'A private person' },
						hint: {
							lv: 'Arī pašnodarbināta persona vai mājražotājs',
							en: 'Also a self-employed person or home producer'
						}
					}
				]
			}
		},
		{
			name: F.companyName,
			kind: 'text',
			label: { lv: 'Uzņēmuma nosaukums', en: 'Company name' },
			required: true,
			showWhen: isCompany,
			autocomplete: 'organization'
		},
		{
			name: F.registrationNumber,
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
			name: F.contactName,
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
			name: F.email,
			kind: 'email',
			label: { lv: 'E-pasts', en: 'Email' },
			hint: { lv: 'Uz šo adresi nosūtīsim lēmumu.', en: 'We send the decision to this address.' },
			required: true,
			autocomplete: 'email'
		}
	]
};

const goods: StepDef = {
	id: 'goods',
	title: { lv: 'Preces', en: 'Goods' },
	fields: [
		{
			name: F.goods,
			kind: 'multiChoice',
			label: { lv: 'Ko tirgosiet?', en: 'What will you sell?' },
			hint: { lv: 'Atzīmējiet visu, kas attiecas.', en: 'Tick all that apply.' },
			required: true,
			options: { from: 'static', options: GOODS_OPTIONS }
		},
		{
			name: F.goodsDescription,
			kind: 'longText',
			label: { lv: 'Preču apraksts', en: 'Description of the goods' },
			hint: {
				lv: 'Īsumā, piemēram, “Pašu audzētas zemenes un mellenes”.',
				en: 'In brief, e.g. “Home-grown strawberries and blueberries”.'
			},
			required: true,
			max: 1000
		},
		{
			name: F.stallType,
			kind: 'choice',
			label: { lv: 'Tirdzniecības vieta', en: 'Trading place' },
			required: true,
			options: { from: 'static', options: STALL_OPTIONS }
		}
	]
};

const place: StepDef = {
	id: 'place',
	title: { lv: 'Vieta', en: 'Place' },
	fields: [
		{
			name: F.address,
			kind: 'address',
			label: { lv: 'Adrese', en: 'Address' },
			hint: {
				lv: 'Iela un nama numurs, pie kura tirgosiet, piemēram, “Tērbatas iela 2, pie ieejas parkā”.',
				en: 'The street and number you will trade at, e.g. “Tērbatas iela 2, by the park entrance”.'
			},
			required: true
		},
		{
			name: F.point,
			kind: 'mapPoint',
			label: { lv: 'Vieta kartē', en: 'Place on the map' },
			hint: {
				lv: 'Atzīmējiet, kur tieši atradīsies tirdzniecības vieta.',
				en: 'Mark exactly where the trading place will be.'
			},
			required: true,
			area: { setting: 'boundary' }
		},
		{
			name: F.zone,
			kind: 'choice',
			label: { lv: 'Nodevas zona', en: 'Duty zone' },
			hint: {
				lv: 'Pašvaldības noteiktā zona, kurā atrodas vieta; no tās atkarīga nodeva par dienu.',
				en: 'The municipality’s zone the place is in; the daily duty depends on it.'
			},
			required: true,
			options: { from: 'settings', list: 'zones' }
		}
	]
};

const time: StepDef = {
	id: 'time',
	title: { lv: 'Dienas un laiks', en: 'Days and hours' },
	fields: [
		{
			name: F.from,
			kind: 'date',
			label: { lv: 'Tirgot no', en: 'Trade from' },
			required: true
		},
		{
			name: F.to,
			kind: 'date',
			label: { lv: 'Tirgot līdz', en: 'Trade until' },
			hint: {
				lv: 'Garākais atļautais periods ir atkarīgs no pašvaldības noteikumiem.',
				en: 'The longest period allowed depends on the municipality’s rules.'
			},
			required: true
		},
		{
			name: F.days,
			kind: 'multiChoice',
			label: { lv: 'Tirdzniecības dienas', en: 'Trading days' },
			hint: {
				lv: 'Nedēļas dienas, kurās tirgosiet; nodevu rēķina tikai par tām.',
				en: 'The days of the week you will trade; the duty counts only those.'
			},
			required: true,
			options: { from: 'static', options: WEEKDAY_OPTIONS }
		},
		{
			name: F.opensAt,
			kind: 'choice',
			label: { lv: 'Sākt tirgot plkst.', en: 'Open at' },
			required: true,
			options: { from: 'static', options: OPENING_OPTIONS }
		},
		{
			name: F.closesAt,
			kind: 'choice',
			label: { lv: 'Beigt tirgot plkst.', en: 'Close at' },
			required: true,
			options: { from: 'static', options: CLOSING_OPTIONS }
		}
	]
};

const stall: StepDef = {
	id: 'stall',
	title: { lv: 'Tirdzniecības vietas izmēri', en: 'Size of the trading place' },
	lead: {
		lv: 'Platība, ko aizņems galds, ratiņi vai telts kopā ar precēm.',
		en: 'The space the table, cart or tent takes up, goods included.'
	},
	fields: [
		{
			name: F.width,
			kind: 'number',
			label: { lv: 'Platums, m', en: 'Width, m' },
			hint: { lv: 'Gar ietvi, piemēram, 2', en: 'Along the pavement, for example, 2' },
			required: true,
			min: 0.1,
			max: MAX_SIDE_M
		},
		{
			name: F.depth,
			kind: 'number',
			label: { lv: 'Dziļums, m', en: 'Depth, m' },
			hint: { lv: 'Piemēram, 1,2', en: 'For example, 1.2' },
			required: true,
			min: 0.1,
			max: MAX_SIDE_M
		}
	]
};

const documents: StepDef = {
	id: 'documents',
	title: { lv: 'Dokumenti', en: 'Documents' },
	fields: [
		{
			name: F.sketch,
			kind: 'file',
			label: {
				lv: 'Tirdzniecības vietas skice vai fotogrāfija',
				en: 'Sketch or photo of the trading place'
			},
			hint: {
				lv: 'Kā izskatīsies galds, ratiņi vai telts un kur tie atradīsies. PDF, JPG vai PNG.',
				en: 'How the table, cart or tent will look and where it will stand. PDF, JPG or PNG.'
			},
			required: true,
			accept: DOCUMENT_TYPES,
			maxFiles: 5
		},
		{
			name: F.foodRegistration,
			kind: 'file',
			label: {
				lv: 'Pārtikas uzņēmuma reģistrācijas apliecība',
				en: 'Food business registration certificate'
			},
			hint: {
				lv: 'Pārtikas un veterinārā dienesta (PVD) izsniegtā reģistrācijas vai atzīšanas apliecība.',
				en: 'The registration or approval issued by the Food and Veterinary Service (PVD).'
			},
			required: true,
			accept: DOCUMENT_TYPES,
			maxFiles: 3,
			showWhen: sellsFood
		}
	]
};

export const tradeSteps: readonly StepDef[] = [seller, goods, place, time, stall, documents];
