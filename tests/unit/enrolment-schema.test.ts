import { describe, expect, it } from 'vitest';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import {
	taskList,
	validateAll,
	validateStep,
	visibleSteps,
	withoutHidden
} from '../../src/lib/services/engine';
import type { Answers } from '../../src/lib/services/types';
import { FILE_ID, GRADE1, NEW_FORM_CODE, PRESCHOOL, RIGA } from './enrolment-fixture';

const def = educationEnrolmentFull;
const issuesOf = (answers: Answers) => validateAll(def, answers, RIGA);
const keysAt = (answers: Answers, path: string) =>
	issuesOf(answers)
		.filter((i) => i.path === path || i.path.startsWith(`${path}.`))
		.map((i) => i.message);

describe('the complete enrolment definition', () => {
	it('keeps the id and the names of the one-page form’s fields', () => {
		expect(def.id).toBe('education-enrolment');
		const names = def.steps.flatMap((s) => s.fields.map((f) => f.name));
		for (const kept of ['childGivenName', 'childSurname', 'childPersonalCode', 'startDate']) {
			expect(names).toContain(kept);
		}
		expect(names).toContain('institutionChoices');
		expect(names).not.toContain('institutionId');
	});

	it('accepts complete pre-school and grade 1 applications', () => {
		expect(issuesOf(PRESCHOOL)).toEqual([]);
		expect(issuesOf(GRADE1)).toEqual([]);
		expect(taskList(def, PRESCHOOL, RIGA).every((t) => t.status === 'completed')).toBe(true);
	});

	it('accepts an empty draft and refuses a key that is no field', () => {
		expect(def.draftSchema.safeParse({}).success).toBe(true);
		expect(def.draftSchema.safeParse({ institutionId: 'pii-1' }).success).toBe(false);
		// The engine reports an unknown key on the whole answers (zod's unrecognized_keys).
		expect(issuesOf({ ...PRESCHOOL, institutionId: 'pii-1' })).toEqual([
			{ path: '', message: 'field.unknown' }
		]);
	});

	it('names each missing required field with the message of its kind', () => {
		const issues = issuesOf({});
		const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
		expect(byPath).toMatchObject({
			childPersonalCode: 'field.required',
			childGivenName: 'field.required',
			childSurname: 'field.required',
			childResidentHere: 'field.required',
			childAddress: 'field.required',
			level: 'field.required',
			programme: 'field.required',
			language: 'field.required',
			startDate: 'field.required',
			institutionChoices: 'field.required',
			applicantRelation: 'field.required',
			applicantPhone: 'field.required',
			applicantEmail: 'field.required',
			hasSecondRepresentative: 'field.required',
			truthful: 'consent.required',
			dataProcessing: 'consent.required'
		});
		// Optional or conditional fields say nothing while empty and hidden.
		for (const quiet of ['priorityGrounds', 'childBirthDate', 'transferGrade', 'siblingName']) {
			expect(byPath[quiet]).toBeUndefined();
		}
	});

	it.each([
		['childPersonalCode', '12345', 'personalCode.format'],
		['childPersonalCode', '320323-21234', null],
		['childPersonalCode', '310223-21234', 'personalCode.date'],
		['childPersonalCode', '150323-21230', 'personalCode.checksum'],
		['childGivenName', 'A'.repeat(101), 'field.textTooLong'],
		['childGivenName', 42, 'field.invalid'],
		['startDate', '1.09.2026', 'date.format'],
		['startDate', '2026-02-30', 'date.format'],
		['applicantEmail', 'maija.example.lv', 'field.email'],
		['applicantPhone', '12', 'field.phone'],
		['institutionChoices', ['pii-1', 'pii-1'], 'list.duplicate'],
		['institutionChoices', 'pii-1', 'field.invalid'],
		['programme', 'nonsense', 'choice.unknown'],
		['language', 'ru', 'choice.unknown'],
		['level', 'university', 'choice.unknown'],
		['childAddress', { text: 'x'.repeat(301) }, 'field.textTooLong'],
		['truthful', false, 'consent.required'],
		['truthful', 'yes', 'field.invalid'],
		['priorityGrounds', ['age5'], 'choice.unknown'],
		['priorityGrounds', ['largeFamily'], 'choice.unknown']
	])('%s = %j gives %s', (path, value, key) => {
		const messages = keysAt({ ...PRESCHOOL, [path]: value }, path);
		if (key === null) {
			expect(messages.filter((m) => m.startsWith('personalCode.'))).toEqual([]);
		} else {
			expect(messages).toEqual([key]);
		}
	});
});

describe('conditional questions', () => {
	it('asks the birth date for a new-form code only, and then requires it', () => {
		expect(issuesOf({ ...PRESCHOOL, childPersonalCode: NEW_FORM_CODE })).toEqual([
			{ path: 'childBirthDate', message: 'field.required' }
		]);
		expect(
			issuesOf({ ...PRESCHOOL, childPersonalCode: NEW_FORM_CODE, childBirthDate: '2023-03-15' })
		).toEqual([]);
		expect(
			keysAt(
				{ ...PRESCHOOL, childPersonalCode: NEW_FORM_CODE, childBirthDate: '15.03.2023' },
				'childBirthDate'
			)
		).toEqual(['date.format']);
	});

	it('asks which grade for a transfer', () => {
		const transfer = { ...GRADE1, level: 'transfer' };
		expect(keysAt(transfer, 'transferGrade')).toEqual(['field.required']);
		expect(issuesOf({ ...transfer, transferGrade: '4' })).toEqual([]);
		expect(keysAt({ ...transfer, transferGrade: '10' }, 'transferGrade')).toEqual([
			'choice.unknown'
		]);
	});

	it('asks the sibling’s institution and name when that ground is claimed', () => {
		const sibling = { ...PRESCHOOL, priorityGrounds: ['sibling'] };
		expect(issuesOf(sibling)).toEqual([
			{ path: 'siblingInstitution', message: 'field.required' },
			{ path: 'siblingName', message: 'field.required' }
		]);
		expect(issuesOf({ ...sibling, siblingInstitution: 'pii-2', siblingName: 'Jānis' })).toEqual([]);
	});

	it('asks an authorisation of an authorised person, and the second representative on yes', () => {
		expect(issuesOf({ ...PRESCHOOL, applicantRelation: 'authorised' })).toEqual([
			{ path: 'authorisation', message: 'file.required' }
		]);
		expect(
			issuesOf({ ...PRESCHOOL, applicantRelation: 'authorised', authorisation: [FILE_ID] })
		).toEqual([]);
		const paths = issuesOf({ ...PRESCHOOL, hasSecondRepresentative: 'yes' }).map((i) => i.path);
		expect(paths).toEqual([
			'secondRepGivenName',
			'secondRepSurname',
			'secondRepPersonalCode',
			'secondRepPhone'
		]);
	});

	it('ignores the answers of questions no longer asked, and drops them before submit', () => {
		const hidden = {
			...PRESCHOOL,
			transferGrade: '4',
			siblingName: 'Jānis',
			secondRepPersonalCode: 'not a code either',
			schoolAgeOpinion: []
		};
		// A hidden field of the wrong shape is still refused (autosave takes shapes only)...
		expect(issuesOf(hidden)).toEqual([
			{ path: 'secondRepPersonalCode', message: 'personalCode.format' }
		]);
		// ...but a well-shaped hidden answer never blocks, and is dropped at submission.
		const { secondRepPersonalCode: _, ...wellShaped } = hidden;
		expect(issuesOf(wellShaped)).toEqual([]);
		expect(withoutHidden(def, wellShaped)).toEqual(PRESCHOOL);
	});

	it('shows its seven parts in order and checks one step at a time', () => {
		expect(visibleSteps(def, {}).map((s) => s.id)).toEqual([
			'child',
			'education',
			'institutions',
			'priority',
			'applicant',
			'secondRepresentative',
			'consents'
		]);
		expect(validateStep(def, 'child', { childGivenName: 7 }, RIGA, 'draft')).toEqual([
			{ path: 'childGivenName', message: 'field.invalid' }
		]);
		expect(validateStep(def, 'institutions', PRESCHOOL, RIGA, 'submit')).toEqual([]);
	});
});
