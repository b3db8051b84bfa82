import { describe, expect, it } from 'vitest';
import { adminEn, adminLv } from '../../src/lib/i18n/admin-messages';
import { formEn, formLv } from '../../src/lib/i18n/form-messages';
import { en, lv } from '../../src/lib/i18n/messages';
import { signInEn, signInLv } from '../../src/lib/i18n/sign-in-messages';
import { permitEn, permitLv } from '../../src/lib/services/advertising-permit/advertising-messages';
import {
	DEFAULT_ENROLMENT_SETTINGS,
	ENROLMENT_DEMO_SETTINGS
} from '../../src/lib/services/education-enrolment/demo-settings';
import {
	educationEnrolmentFull,
	enrolmentSummary
} from '../../src/lib/services/education-enrolment/definition';
import {
	enrolmentEn,
	enrolmentLv
} from '../../src/lib/services/education-enrolment/enrolment-messages';
import {
	isOnePageDraft,
	migrateOnePageDraft
} from '../../src/lib/services/education-enrolment/migrate';
import { zEnrolmentSettings } from '../../src/lib/services/education-enrolment/settings';
import {
	ENROLMENT_EDITABLE_STATES,
	enrolmentWorkflow
} from '../../src/lib/services/education-enrolment/workflow';
import { validateAll } from '../../src/lib/services/engine';
import { INSTITUTIONS, PRESCHOOL, RIGA } from './enrolment-fixture';

const def = educationEnrolmentFull;

describe('settings', () => {
	it('has demo settings for the six demo municipalities, each valid', () => {
		expect(Object.keys(ENROLMENT_DEMO_SETTINGS).sort()).toEqual(
			['adazi', 'jekabpils', 'jurmala', 'liepaja', 'riga', 'ropazi'].sort()
		);
		for (const settings of [
			DEFAULT_ENROLMENT_SETTINGS,
			...Object.values(ENROLMENT_DEMO_SETTINGS)
		]) {
			expect(zEnrolmentSettings.parse(settings)).toEqual(settings);
		}
		expect(ENROLMENT_DEMO_SETTINGS.liepaja?.maxChoices).toBe(3);
		expect(def.demoSettings).toBe(ENROLMENT_DEMO_SETTINGS);
	});

	it('fills the scalars a stored older settings object lacks', () => {
		const { maxChoices: _, allowNonResidents: __, ...older } = DEFAULT_ENROLMENT_SETTINGS;
		expect(zEnrolmentSettings.parse(older)).toEqual(DEFAULT_ENROLMENT_SETTINGS);
	});

	it('refuses settings an admin could get wrong', () => {
		const bad = (over: object) =>
			zEnrolmentSettings.safeParse({ ...DEFAULT_ENROLMENT_SETTINGS, ...over }).success;
		expect(bad({ maxChoices: 0 })).toBe(false);
		expect(bad({ maxChoices: 2.5 })).toBe(false);
		expect(bad({ languages: [] })).toBe(false);
		const ground = { value: 'x', label: { lv: 'X', en: 'X' }, requiresProof: true };
		expect(bad({ priorityGroups: [ground, ground] })).toBe(false);
		expect(bad({ priorityGroups: [{ ...ground, requiresProof: 'yes' }] })).toBe(false);
		expect(bad({ priorityGroups: [{ ...ground, value: 'has space' }] })).toBe(false);
		expect(
			bad({ programmes: [{ value: 'p', label: { lv: 'P', en: 'P' }, levels: ['uni'] }] })
		).toBe(false);
		expect(bad({ priorityGroups: [] })).toBe(true);
	});
});

describe('messages', () => {
	it('has every enrolment message in both languages, none overriding another key', () => {
		expect(Object.keys(enrolmentEn).sort()).toEqual(Object.keys(enrolmentLv).sort());
		// The catalogue merges the enrolment block with the others: no other block may hold
		// one of its keys, and no key written after it may replace its text.
		const otherBlocks = [adminLv, formLv, permitLv, signInLv, adminEn, formEn, permitEn, signInEn];
		for (const key of Object.keys(enrolmentLv)) {
			// The catalogue-key shape src/lib/domain/issues.ts accepts (no digits).
			expect(key).toMatch(/^enrolment\.[A-Za-z.]+$/);
			for (const block of otherBlocks) {
				expect(Object.hasOwn(block, key), key).toBe(false);
			}
			expect(lv[key as keyof typeof lv], key).toBe(enrolmentLv[key as keyof typeof enrolmentLv]);
			expect(en[key as keyof typeof en], key).toBe(enrolmentEn[key as keyof typeof enrolmentEn]);
			expect(enrolmentLv[key as keyof typeof enrolmentLv]).not.toBe(
				enrolmentEn[key as keyof typeof enrolmentEn]
			);
		}
	});

	it('has a text for every key the definition can give, in both languages', () => {
		const source = [
			{},
			{ ...PRESCHOOL, startDate: '2020-01-01', institutionChoices: ['x', 'x'] },
			{ ...PRESCHOOL, priorityGrounds: ['nope'], childPersonalCode: '1', applicantEmail: 'x' }
		];
		const known = (key: string) =>
			(Object.hasOwn(lv, key) && Object.hasOwn(en, key)) || Object.hasOwn(enrolmentLv, key);
		for (const answers of source) {
			for (const issue of validateAll(def, answers, RIGA)) {
				expect(known(issue.message), issue.message).toBe(true);
			}
		}
	});
});

describe('drafts of the one-page form', () => {
	const old = {
		childGivenName: 'Anna',
		childSurname: 'Bērziņa',
		childPersonalCode: String(PRESCHOOL.childPersonalCode),
		institutionId: 'pii-1',
		startDate: '2026-09-01'
	};

	it('carry over: four names kept, the institution as the first choice', () => {
		expect(isOnePageDraft(old)).toBe(true);
		const next = migrateOnePageDraft(old, INSTITUTIONS);
		expect(next).toEqual({
			childGivenName: 'Anna',
			childSurname: 'Bērziņa',
			childPersonalCode: old.childPersonalCode,
			startDate: '2026-09-01',
			institutionChoices: ['pii-1'],
			level: 'preschool'
		});
		expect(isOnePageDraft(next)).toBe(false);
		expect(def.draftSchema.safeParse(next).success).toBe(true);
	});

	it('leave the level open for a school, and keep even an unknown institution', () => {
		expect(
			migrateOnePageDraft({ ...old, institutionId: 'school-1' }, INSTITUTIONS)
		).not.toHaveProperty('level');
		expect(migrateOnePageDraft({ institutionId: 'gone' }).institutionChoices).toEqual(['gone']);
		expect(migrateOnePageDraft({ institutionId: '' })).toEqual({});
		expect(migrateOnePageDraft({ childGivenName: 7 })).toEqual({});
	});
});

describe('workflow and summary', () => {
	it('names only its own states, and runs from submission to enrolment', () => {
		const states = new Set(enrolmentWorkflow.states);
		for (const t of enrolmentWorkflow.transitions) {
			expect(states.has(t.from) && states.has(t.to)).toBe(true);
		}
		for (const s of ENROLMENT_EDITABLE_STATES) {
			expect(states.has(s)).toBe(true);
		}
		const path = ['draft', 'submitted', 'in_review', 'in_queue', 'offered', 'accepted', 'enrolled'];
		for (let i = 1; i < path.length; i++) {
			expect(
				enrolmentWorkflow.transitions.some((t) => t.from === path[i - 1] && t.to === path[i])
			).toBe(true);
		}
		expect(ENROLMENT_EDITABLE_STATES).not.toContain('offered');
	});

	it('sums an application up in one line', () => {
		expect(enrolmentSummary(PRESCHOOL)).toBe(
			'Anna Bērziņa · pirmsskola · 2026. gada 1. septembris · 2 iestādes'
		);
		expect(enrolmentSummary({ level: 'transfer', transferGrade: '4' })).toBe('4. klase');
		expect(enrolmentSummary({})).toBe('—');
		expect(enrolmentSummary({ childGivenName: { x: 1 } })).toBe('—');
	});
});
