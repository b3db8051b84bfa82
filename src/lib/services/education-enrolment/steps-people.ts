import type { Answers, StepDef } from '../types';
import { F, YES, YES_NO } from './fields';
import { PROOF_TYPES } from './steps-choices';
import { MAX_NAME_LENGTH } from './steps-child';

export const applicantStep: StepDef = {
	id: 'applicant',
	title: { lv: 'Iesniedzējs', en: 'Applicant' },
	lead: {
		lv: 'Jūs iesniedzat pieteikumu kā bērna likumiskais pārstāvis. Jūsu vārdu, uzvārdu un personas kodu ņemam no pieslēgšanās.',
		en: 'You apply as the child’s legal representative. Your name and personal code come from your sign-in.'
	},
	fields: [
		{
			name: F.applicantRelation,
			kind: 'choice',
			label: { lv: 'Kas jūs esat bērnam?', en: 'What is your relation to the child?' },
			required: true,
			options: {
				from: 'static',
				options: [
					{ value: 'parent', label: { lv: 'Vecāks', en: 'Parent' } },
					{ value: 'guardian', label: { lv: 'Aizbildnis', en: 'Guardian' } },
					{
						value: 'authorised',
						label: { lv: 'Pilnvarota persona', en: 'Authorised person' },
						hint: {
							lv: 'Ar bāriņtiesas izsniegtu vai notariāli apliecinātu pilnvaru.',
							en: 'With an authorisation from the orphan’s court or certified by a notary.'
						}
					}
				]
			}
		},
		{
			name: F.authorisation,
			kind: 'file',
			label: { lv: 'Pilnvara', en: 'Authorisation' },
			accept: PROOF_TYPES,
			maxFiles: 3,
			required: true,
			showWhen: (a) => a[F.applicantRelation] === 'authorised'
		},
		{
			name: F.applicantPhone,
			kind: 'phone',
			label: { lv: 'Tālrunis', en: 'Phone' },
			required: true,
			autocomplete: 'tel'
		},
		{
			name: F.applicantEmail,
			kind: 'email',
			label: { lv: 'E-pasts', en: 'Email' },
			hint: {
				lv: 'Uz šo adresi sūtīsim ziņas par pieteikumu un piedāvāto vietu.',
				en: 'We send news of the application and of an offered place here.'
			},
			required: true,
			autocomplete: 'email'
		}
	]
};

const hasSecond = (a: Answers) => a[F.hasSecondRep] === YES;

export const secondRepresentativeStep: StepDef = {
	id: 'secondRepresentative',
	title: { lv: 'Otrs likumiskais pārstāvis', en: 'Second legal representative' },
	fields: [
		{
			name: F.hasSecondRep,
			kind: 'choice',
			label: {
				lv: 'Vai norādīsiet bērna otru likumisko pārstāvi (piemēram, otru vecāku)?',
				en: 'Will you name the child’s second legal representative (for example the other parent)?'
			},
			options: { from: 'static', options: YES_NO },
			required: true
		},
		{
			name: F.secondRepGivenName,
			kind: 'text',
			label: { lv: 'Vārds', en: 'Given name' },
			max: MAX_NAME_LENGTH,
			required: true,
			showWhen: hasSecond
		},
		{
			name: F.secondRepSurname,
			kind: 'text',
			label: { lv: 'Uzvārds', en: 'Surname' },
			max: MAX_NAME_LENGTH,
			required: true,
			showWhen: hasSecond
		},
		{
			name: F.secondRepPersonalCode,
			kind: 'personalCode',
			label: { lv: 'Personas kods', en: 'Personal code' },
			required: true,
			showWhen: hasSecond
		},
		{
			name: F.secondRepPhone,
			kind: 'phone',
			label: { lv: 'Tālrunis', en: 'Phone' },
			required: true,
			showWhen: hasSecond
		},
		{
			name: F.secondRepEmail,
			kind: 'email',
			label: { lv: 'E-pasts (ja ir)', en: 'Email (if any)' },
			showWhen: hasSecond
		}
	]
};

export const consentsStep: StepDef = {
	id: 'consents',
	title: { lv: 'Apliecinājumi', en: 'Statements' },
	fields: [
		{
			name: F.truthful,
			kind: 'consent',
			label: {
				lv: 'Apliecinu, ka sniegtās ziņas ir patiesas.',
				en: 'I confirm that the information given is true.'
			},
			required: true
		},
		{
			name: F.dataProcessing,
			kind: 'consent',
			label: {
				lv: 'Apzinos, ka pašvaldība apstrādās pieteikumā norādītos personas datus, lai nodrošinātu bērnam vietu izglītības iestādē, un pārbaudīs tos valsts reģistros.',
				en: 'I understand that the municipality will process the personal data in this application to provide the child a place in an institution, and will check them in state registers.'
			},
			hint: {
				lv: 'Datus apstrādā saskaņā ar Izglītības likumu un Vispārīgo datu aizsardzības regulu (6. panta 1. punkta c) un e) apakšpunkts).',
				en: 'The data are processed under the Education Law and the GDPR (Article 6(1)(c) and (e)).'
			},
			required: true
		}
	]
};
