import { isIsoDate } from '../engine/formats';
import type { Answers, StepDef } from '../types';
import { ageReachedInYear, childBirthDateOf, codeFormOf } from './age';
import { F, levelOf, TRANSFER_GRADES, YES_NO, textOf } from './fields';

/** Names as the one-page form allowed them (long double-barrelled names fit). */
export const MAX_NAME_LENGTH = 100;

/**
 * A new-form code (32…, since July 2017) carries no birth date, so it is asked. The field
 * also stays while it holds a date, so one stated for a new-form code and then a different
 * old-form code typed is caught as a mismatch rather than silently dropped.
 */
const asksBirthDate = (a: Answers) => codeFormOf(a) === 'new' || textOf(a[F.childBirthDate]) !== '';

/**
 * Starting grade 1 a year early (turning 6) or late (turning 8) needs the family doctor's
 * or a psychologist's opinion (General Education Law s. 32(3)).
 */
export function needsSchoolAgeOpinion(a: Answers): boolean {
	const birth = childBirthDateOf(a);
	const start = textOf(a[F.startDate]);
	if (levelOf(a) !== 'grade1' || !birth || !isIsoDate(start)) {
		return false;
	}
	const age = ageReachedInYear(birth, start);
	return age === 6 || age === 8;
}

export const childStep: StepDef = {
	id: 'child',
	title: { lv: 'Bērns', en: 'The child' },
	lead: {
		lv: 'Bērns, kuru piesakāt izglītības iestādē.',
		en: 'The child you are applying for.'
	},
	fields: [
		{
			name: F.childPersonalCode,
			kind: 'personalCode',
			label: { lv: 'Bērna personas kods', en: 'Child’s personal code' },
			hint: {
				lv: 'Piemēram, 010120-21234 vai 32xxxx-xxxxx. Dzimšanas datumu nolasīsim no koda.',
				en: 'For example 010120-21234 or 32xxxx-xxxxx. We read the birth date from the code.'
			},
			required: true
		},
		{
			name: F.childBirthDate,
			kind: 'date',
			label: { lv: 'Bērna dzimšanas datums', en: 'Child’s date of birth' },
			hint: {
				lv: 'Personas kods, kas sākas ar 32, dzimšanas datumu nesatur. Formā GGGG-MM-DD.',
				en: 'A personal code starting with 32 does not contain the birth date. As YYYY-MM-DD.'
			},
			required: true,
			showWhen: asksBirthDate
		},
		{
			name: F.childGivenName,
			kind: 'text',
			label: { lv: 'Bērna vārds', en: 'Child’s given name' },
			max: MAX_NAME_LENGTH,
			required: true
		},
		{
			name: F.childSurname,
			kind: 'text',
			label: { lv: 'Bērna uzvārds', en: 'Child’s surname' },
			max: MAX_NAME_LENGTH,
			required: true
		},
		{
			name: F.childResident,
			kind: 'choice',
			label: {
				lv: 'Vai bērna deklarētā dzīvesvieta ir šajā pašvaldībā?',
				en: 'Is the child’s declared residence in this municipality?'
			},
			options: { from: 'static', options: YES_NO },
			required: true
		},
		{
			name: F.childAddress,
			kind: 'address',
			label: { lv: 'Bērna deklarētās dzīvesvietas adrese', en: 'Child’s declared address' },
			hint: {
				lv: 'Kā Fizisko personu reģistrā, piemēram, Brīvības iela 1-5, Rīga, LV-1010.',
				en: 'As in the population register, for example Brīvības iela 1-5, Rīga, LV-1010.'
			},
			required: true
		}
	]
};

const isTransfer = (a: Answers) => levelOf(a) === 'transfer';

export const educationStep: StepDef = {
	id: 'education',
	title: { lv: 'Izglītības pakāpe un sākums', en: 'Level and start' },
	fields: [
		{
			name: F.level,
			kind: 'choice',
			label: { lv: 'Kur bērns sāks mācības?', en: 'Where will the child start?' },
			required: true,
			options: {
				from: 'static',
				options: [
					{
						value: 'preschool',
						label: { lv: 'Pirmsskolā', en: 'Pre-school' },
						hint: { lv: 'No pusotra gada vecuma.', en: 'From the age of one and a half.' }
					},
					{
						value: 'grade1',
						label: { lv: '1. klasē', en: 'Grade 1' },
						hint: {
							lv: 'Tajā gadā, kad bērnam aprit 7 gadi.',
							en: 'In the year the child turns 7.'
						}
					},
					{
						value: 'transfer',
						label: { lv: 'Citā klasē (pāriešana no citas skolas)', en: 'Another grade (transfer)' }
					},
					{
						value: 'grade10',
						label: { lv: '10. klasē (vidusskolā)', en: 'Grade 10 (secondary school)' }
					}
				]
			}
		},
		{
			name: F.transferGrade,
			kind: 'choice',
			label: { lv: 'Kurā klasē?', en: 'Which grade?' },
			required: true,
			showWhen: isTransfer,
			options: {
				from: 'static',
				options: TRANSFER_GRADES.map((grade) => ({
					value: grade,
					label: { lv: `${grade}. klasē`, en: `Grade ${grade}` }
				}))
			}
		},
		{
			name: F.programme,
			kind: 'choice',
			label: { lv: 'Izglītības programma', en: 'Education programme' },
			options: { from: 'settings', list: 'programmes' },
			required: true
		},
		{
			name: F.language,
			kind: 'choice',
			label: { lv: 'Mācību valoda', en: 'Language of instruction' },
			options: { from: 'settings', list: 'languages' },
			required: true
		},
		{
			name: F.startDate,
			kind: 'date',
			label: { lv: 'Vēlamais uzsākšanas datums', en: 'Preferred start date' },
			hint: {
				lv: 'Formā GGGG-MM-DD. Skolā mācības parasti sākas 1. septembrī.',
				en: 'As YYYY-MM-DD. School usually starts on 1 September.'
			},
			required: true
		},
		{
			name: F.schoolAgeOpinion,
			kind: 'file',
			label: {
				lv: 'Ģimenes ārsta vai psihologa atzinums',
				en: 'Opinion of the family doctor or a psychologist'
			},
			hint: {
				lv: 'Bērns sāks skolu gadu agrāk vai vēlāk, nekā gadā, kad viņam aprit 7 gadi: tam vajadzīgs atzinums.',
				en: 'The child starts school a year earlier or later than the year they turn 7: this needs an opinion.'
			},
			accept: ['pdf', 'jpeg', 'png'],
			maxFiles: 3,
			required: true,
			showWhen: needsSchoolAgeOpinion
		}
	]
};
