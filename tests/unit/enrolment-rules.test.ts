import { describe, expect, it } from 'vitest';
import { addMonths, childBirthDateOf } from '../../src/lib/services/education-enrolment/age';
import { enrolmentFacts } from '../../src/lib/services/education-enrolment/derived';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import {
	checkEnrolmentRules,
	computedPriorityGrounds
} from '../../src/lib/services/education-enrolment/rules';
import { validateAll, visibleFields } from '../../src/lib/services/engine';
import type { Answers, MunicipalContext } from '../../src/lib/services/types';
import type { EnrolmentSettings } from '../../src/lib/services/education-enrolment/settings';
import {
	codeBornOn,
	contextFor,
	FILE_ID,
	GRADE1,
	NEW_FORM_CODE,
	PRESCHOOL,
	RIGA,
	TODAY
} from './enrolment-fixture';

const def = educationEnrolmentFull;
const issuesOf = (answers: Answers, context: MunicipalContext<EnrolmentSettings> = RIGA) =>
	validateAll(def, answers, context);
const bornOn = (birth: string) => ({ childPersonalCode: codeBornOn(birth) });

describe('institution choices', () => {
	it('allows as many as the municipality sets: Liepāja 3, Ādaži 2, Jūrmala 5', () => {
		const four = { ...PRESCHOOL, institutionChoices: ['pii-1', 'pii-2', 'pii-3', 'pii-4'] };
		const three = { ...four, institutionChoices: ['pii-1', 'pii-2', 'pii-3'] };
		const tooMany = (count: number, max: number) => [
			{ path: 'institutionChoices', message: 'enrolment.tooManyChoices', params: { count, max } }
		];
		expect(issuesOf(three, contextFor('liepaja'))).toEqual([]);
		expect(issuesOf(four, contextFor('liepaja'))).toEqual(tooMany(4, 3));
		expect(issuesOf(three, contextFor('adazi'))).toEqual(tooMany(3, 2));
		expect(issuesOf(four, contextFor('jurmala'))).toEqual([]);
		const six = {
			...four,
			institutionChoices: ['pii-1', 'pii-2', 'pii-3', 'pii-4', 'pii-5', 'pii-6']
		};
		expect(issuesOf(six, contextFor('jurmala'))).toEqual(tooMany(6, 5));
	});

	it('refuses an institution that is not this municipality’s', () => {
		expect(issuesOf({ ...PRESCHOOL, institutionChoices: ['pii-1', 'elsewhere'] })).toEqual([
			{ path: 'institutionChoices', message: 'enrolment.choiceNotHere' }
		]);
	});

	it('refuses a school for pre-school and a pre-school institution for a grade', () => {
		expect(issuesOf({ ...PRESCHOOL, institutionChoices: ['pii-1', 'school-1'] })).toEqual([
			{ path: 'institutionChoices', message: 'enrolment.choiceNotPreschool' }
		]);
		expect(issuesOf({ ...GRADE1, institutionChoices: ['pii-1'] })).toEqual([
			{ path: 'institutionChoices', message: 'enrolment.choiceNotSchool' }
		]);
	});
});

describe('dates and ages', () => {
	it('refuses a start date in the past, accepts today', () => {
		expect(issuesOf({ ...PRESCHOOL, startDate: '2026-05-03' })).toEqual([
			{ path: 'startDate', message: 'enrolment.startDateInPast' }
		]);
		expect(issuesOf({ ...PRESCHOOL, startDate: TODAY })).toEqual([]);
	});

	it('takes pre-school from exactly 1.5 years, not the day before', () => {
		const child = { ...PRESCHOOL, ...bornOn('2025-03-01') };
		expect(issuesOf({ ...child, startDate: '2026-09-01' })).toEqual([]);
		expect(issuesOf({ ...child, startDate: '2026-08-31' })).toEqual([
			{ path: 'startDate', message: 'enrolment.tooYoungForPreschool' }
		]);
	});

	it('counts 1.5 years from a month end to the last day of a shorter month', () => {
		expect(addMonths('2024-08-31', 18)).toBe('2026-02-28');
		expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
		expect(addMonths('2024-02-29', 18)).toBe('2025-08-29');
		const child = { ...PRESCHOOL, ...bornOn('2024-11-30') };
		expect(issuesOf({ ...child, startDate: '2026-05-30' })).toEqual([]);
		expect(issuesOf({ ...child, startDate: '2026-05-29' })).toEqual([
			{ path: 'startDate', message: 'enrolment.tooYoungForPreschool' }
		]);
	});

	it('uses the municipality’s youngest pre-school age', () => {
		const child = { ...PRESCHOOL, ...bornOn('2025-03-01'), startDate: '2026-09-01' };
		expect(issuesOf(child, contextFor('riga', { minPreschoolAgeMonths: 24 }))).toEqual([
			{ path: 'startDate', message: 'enrolment.tooYoungForPreschool' }
		]);
	});

	it('sends a child who turns 8 this year to school, not pre-school', () => {
		expect(issuesOf({ ...PRESCHOOL, ...bornOn('2018-12-31') })).toEqual([
			{ path: 'level', message: 'enrolment.tooOldForPreschool' }
		]);
		expect(issuesOf({ ...PRESCHOOL, ...bornOn('2019-01-01') })).toEqual([]);
	});

	it('starts grade 1 in the year the child turns 7; at 6 or 8 with an opinion', () => {
		const at = (birth: string) => ({ ...GRADE1, ...bornOn(birth), startDate: '2026-09-01' });
		expect(issuesOf(at('2019-12-31'))).toEqual([]);
		expect(issuesOf(at('2019-01-01'))).toEqual([]);
		const opinion = [{ path: 'schoolAgeOpinion', message: 'file.required' }];
		expect(issuesOf(at('2020-01-01'))).toEqual(opinion);
		expect(issuesOf(at('2018-12-31'))).toEqual(opinion);
		expect(issuesOf({ ...at('2020-06-01'), schoolAgeOpinion: [FILE_ID] })).toEqual([]);
		expect(issuesOf(at('2021-01-01'))).toEqual([
			{ path: 'level', message: 'enrolment.tooYoungForFirstGrade' }
		]);
		expect(issuesOf(at('2017-12-31'))).toEqual([
			{ path: 'level', message: 'enrolment.tooOldForFirstGrade' }
		]);
		// The opinion is asked only for grade 1.
		const opinionShown = (a: Answers) =>
			visibleFields(def.steps[1]!, a).some((f) => f.name === 'schoolAgeOpinion');
		expect(opinionShown(at('2020-01-01'))).toBe(true);
		expect(opinionShown({ ...at('2020-01-01'), level: 'preschool' })).toBe(false);
	});

	it('refuses grade 10 for a child far too young', () => {
		const grade10 = { ...GRADE1, level: 'grade10', programme: 'secondaryGeneral' };
		expect(issuesOf({ ...grade10, ...bornOn('2010-05-05') })).toEqual([]);
		expect(issuesOf({ ...grade10, ...bornOn('2013-01-01') })).toEqual([
			{ path: 'level', message: 'enrolment.tooYoungForTenthGrade' }
		]);
	});

	it('reads the age from the stated birth date when the code is new-form', () => {
		const child = { ...PRESCHOOL, childPersonalCode: NEW_FORM_CODE };
		expect(childBirthDateOf({ ...child, childBirthDate: '2025-03-01' })).toBe('2025-03-01');
		expect(issuesOf({ ...child, childBirthDate: '2025-03-02' })).toEqual([
			{ path: 'startDate', message: 'enrolment.tooYoungForPreschool' }
		]);
		expect(issuesOf({ ...child, childBirthDate: '2026-06-01' })).toEqual([
			{ path: 'childBirthDate', message: 'enrolment.birthDateFuture' }
		]);
	});

	it('catches a stated birth date that does not match an old-form code', () => {
		const typedThenCorrected = { ...PRESCHOOL, childBirthDate: '2023-03-16' };
		expect(issuesOf(typedThenCorrected)).toEqual([
			{ path: 'childBirthDate', message: 'enrolment.birthDateMismatch' }
		]);
		expect(issuesOf({ ...PRESCHOOL, childBirthDate: '2023-03-15' })).toEqual([]);
	});

	it('catches a code whose birth date is in the future', () => {
		expect(issuesOf({ ...PRESCHOOL, ...bornOn('2026-12-01') })).toEqual([
			{ path: 'childPersonalCode', message: 'enrolment.birthDateFuture' }
		]);
	});
});

describe('priority grounds', () => {
	const liepaja = contextFor('liepaja');

	it('needs a proof file exactly when a claimed ground requires one', () => {
		const soldier = { ...PRESCHOOL, priorityGrounds: ['soldierChild'] };
		expect(issuesOf(soldier, liepaja)).toEqual([
			{ path: 'priorityProof', message: 'enrolment.proofRequired' }
		]);
		expect(issuesOf({ ...soldier, priorityProof: [FILE_ID] }, liepaja)).toEqual([]);
		// Large family needs no document in Liepāja's demo settings: the register says it.
		expect(issuesOf({ ...PRESCHOOL, priorityGrounds: ['largeFamily'] }, liepaja)).toEqual([]);
		// The same ground with proof required by the municipality.
		const strict = contextFor('liepaja', {
			priorityGroups: liepaja.settings!.priorityGroups.map((g) => ({ ...g, requiresProof: true }))
		});
		expect(issuesOf({ ...PRESCHOOL, priorityGrounds: ['largeFamily'] }, strict)).toEqual([
			{ path: 'priorityProof', message: 'enrolment.proofRequired' }
		]);
	});

	it('offers the proof field only once a ground is claimed', () => {
		const step = def.steps.find((s) => s.id === 'priority')!;
		const names = (a: Answers) => visibleFields(step, a).map((f) => f.name);
		expect(names(PRESCHOOL)).toEqual(['priorityGrounds']);
		expect(names({ ...PRESCHOOL, priorityGrounds: ['noParentalCare'] })).toContain('priorityProof');
	});

	it('works out the age-5 ground from the birth date, never from a claim', () => {
		const settings = RIGA.settings!;
		const fiveIn2026 = { ...PRESCHOOL, ...bornOn('2021-12-31') };
		expect(computedPriorityGrounds(fiveIn2026, settings)).toEqual(['age5']);
		expect(computedPriorityGrounds({ ...PRESCHOOL, ...bornOn('2022-01-01') }, settings)).toEqual(
			[]
		);
		expect(computedPriorityGrounds(fiveIn2026, { ...settings, age5Priority: false })).toEqual([]);
		expect(computedPriorityGrounds({ ...fiveIn2026, level: 'grade1' }, settings)).toEqual([]);
		expect(computedPriorityGrounds({ level: 'preschool', startDate: 'soon' }, settings)).toEqual(
			[]
		);
	});

	it('keeps the sibling ground to the institution the sibling attends', () => {
		const sibling = {
			...PRESCHOOL,
			priorityGrounds: ['sibling'],
			siblingInstitution: 'pii-3',
			siblingName: 'Jānis Bērziņš'
		};
		expect(issuesOf(sibling)).toEqual([
			{ path: 'siblingInstitution', message: 'enrolment.siblingNotChosen' }
		]);
		expect(issuesOf({ ...sibling, institutionChoices: ['pii-1', 'pii-3'] })).toEqual([]);
	});

	it('refuses the residence ground for a child declared elsewhere', () => {
		const away = { ...PRESCHOOL, childResidentHere: 'no', priorityGrounds: ['declaredResidence'] };
		expect(issuesOf(away)).toEqual([
			{ path: 'priorityGrounds', message: 'enrolment.residenceGroundContradiction' }
		]);
	});
});

describe('other municipal rules', () => {
	it('refuses a child declared elsewhere where only residents may apply (Ādaži demo)', () => {
		const away = { ...PRESCHOOL, childResidentHere: 'no', institutionChoices: ['pii-1'] };
		expect(issuesOf(away, contextFor('adazi'))).toEqual([
			{ path: 'childResidentHere', message: 'enrolment.nonResidentNotAccepted' }
		]);
		expect(issuesOf(away)).toEqual([]);
	});

	it('refuses a programme not offered for the level', () => {
		expect(issuesOf({ ...PRESCHOOL, programme: 'secondaryGeneral' })).toEqual([
			{ path: 'programme', message: 'enrolment.programmeNotForLevel' }
		]);
		expect(issuesOf({ ...PRESCHOOL, programme: 'special' })).toEqual([]);
	});

	it('refuses the child’s own code as the second representative’s', () => {
		const second = {
			...PRESCHOOL,
			hasSecondRepresentative: 'yes',
			secondRepGivenName: 'Pēteris',
			secondRepSurname: 'Bērziņš',
			secondRepPersonalCode: codeBornOn('1990-04-04'),
			secondRepPhone: '29123456'
		};
		expect(issuesOf(second)).toEqual([]);
		const code = String(PRESCHOOL.childPersonalCode);
		expect(issuesOf({ ...second, secondRepPersonalCode: code.replace('-', '') })).toEqual([
			{ path: 'secondRepPersonalCode', message: 'enrolment.secondRepIsChild' }
		]);
		// Typed with spaces, it is still the child's code.
		const spaced = `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(7)}`;
		expect(issuesOf({ ...second, secondRepPersonalCode: spaced })).toEqual([
			{ path: 'secondRepPersonalCode', message: 'enrolment.secondRepIsChild' }
		]);
	});

	it('falls back to the default settings when the context has none', () => {
		const { settings: _, ...bare } = RIGA;
		expect(checkEnrolmentRules(PRESCHOOL, bare)).toEqual([]);
	});
});

describe('derived facts', () => {
	it('shows the birth date read from the code or stated, and the computed grounds', () => {
		const settings = RIGA.settings!;
		expect(enrolmentFacts({ ...PRESCHOOL, ...bornOn('2021-06-01') }, settings)).toEqual({
			birthDate: '2021-06-01',
			birthDateFrom: 'code',
			grounds: ['age5']
		});
		const stated = { childPersonalCode: NEW_FORM_CODE, childBirthDate: '2023-03-15' };
		expect(enrolmentFacts(stated, settings)).toEqual({
			birthDate: '2023-03-15',
			birthDateFrom: 'stated',
			grounds: []
		});
		expect(enrolmentFacts({}, settings).birthDate).toBeNull();
	});
});
