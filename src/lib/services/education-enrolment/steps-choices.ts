import type { Answers, StepDef } from '../types';
import { F, listOf, SIBLING_GROUND } from './fields';

/** Proof documents as a person has them: a scan or a photo of a paper. */
export const PROOF_TYPES = ['pdf', 'jpeg', 'png'] as const;

const claims = (a: Answers) => listOf(a[F.priorityGrounds]);
const claimsSibling = (a: Answers) => claims(a).includes(SIBLING_GROUND);

export const institutionsStep: StepDef = {
	id: 'institutions',
	title: { lv: 'Izglītības iestādes', en: 'Institutions' },
	lead: {
		lv: 'Izvēlieties iestādes secībā, kurā tās vēlaties: pirmā ir vēlamākā.',
		en: 'Choose institutions in the order you prefer them: the first is the one you want most.'
	},
	fields: [
		{
			name: F.institutionChoices,
			kind: 'rankedChoice',
			label: { lv: 'Vēlamās iestādes', en: 'Preferred institutions' },
			hint: {
				lv: 'Pirmsskolai izvēlieties pirmsskolas iestādes, skolai – skolas. Cik iestāžu drīkst norādīt, nosaka pašvaldība.',
				en: 'For pre-school choose pre-school institutions, for school choose schools. The municipality sets how many you may list.'
			},
			options: { from: 'institutions' },
			maxItems: { setting: 'maxChoices' },
			required: true
		}
	]
};

/**
 * Grounds come from the municipality's list. Whether a ground needs a document is a setting
 * too, which a field condition cannot read (it sees the answers only): so the proof field is
 * offered as soon as any ground is claimed, and the rules require a file when a claimed
 * ground needs one (enrolment.proofRequired).
 */
export const priorityStep: StepDef = {
	id: 'priority',
	title: { lv: 'Priekšrocības rindā', en: 'Priority in the queue' },
	lead: {
		lv: 'Ja uz bērnu attiecas kāda no priekšrocībām, atzīmējiet to. Ja neattiecas neviena, turpiniet.',
		en: 'If any priority applies to the child, tick it. If none does, continue.'
	},
	fields: [
		{
			name: F.priorityGrounds,
			kind: 'multiChoice',
			label: { lv: 'Priekšrocības', en: 'Priority grounds' },
			hint: {
				lv: 'Obligāto pirmsskolu (gadā, kad bērnam aprit 5 gadi) ņemsim vērā paši pēc dzimšanas datuma.',
				en: 'Compulsory pre-school (from the year the child turns 5) we take into account ourselves from the birth date.'
			},
			options: { from: 'settings', list: 'priorityGroups' }
		},
		{
			name: F.siblingInstitution,
			kind: 'choice',
			label: {
				lv: 'Kurā iestādē mācās brālis vai māsa?',
				en: 'Which institution does the brother or sister attend?'
			},
			options: { from: 'institutions' },
			required: true,
			showWhen: claimsSibling
		},
		{
			name: F.siblingName,
			kind: 'text',
			label: { lv: 'Brāļa vai māsas vārds un uzvārds', en: 'Brother’s or sister’s full name' },
			max: 200,
			required: true,
			showWhen: claimsSibling
		},
		{
			name: F.priorityProof,
			kind: 'file',
			label: { lv: 'Priekšrocību apliecinoši dokumenti', en: 'Documents proving the priority' },
			hint: {
				lv: 'Vajadzīgi tām priekšrocībām, pie kurām tas norādīts.',
				en: 'Needed for the grounds that say so.'
			},
			accept: PROOF_TYPES,
			maxFiles: 10,
			showWhen: (a) => claims(a).length > 0
		}
	]
};
