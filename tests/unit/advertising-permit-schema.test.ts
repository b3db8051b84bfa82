import { describe, expect, it } from 'vitest';
import { lv, en } from '../../src/lib/i18n/messages';
import { demoSettingsByMunicipality } from '../../src/lib/services/advertising-permit/demo-settings';
import { advertisingPermit } from '../../src/lib/services/advertising-permit/definition';
import { permitEn, permitLv } from '../../src/lib/services/advertising-permit/advertising-messages';
import type { PermitSettings } from '../../src/lib/services/advertising-permit/settings';
import {
	validateAll,
	validateStep,
	visibleFields,
	visibleSteps
} from '../../src/lib/services/engine';
import type {
	Answers,
	EServiceDefinition,
	Issue,
	MunicipalContext
} from '../../src/lib/services/types';

const riga: MunicipalContext<PermitSettings> = {
	municipalityId: 'riga',
	institutionIds: new Set(),
	settings: demoSettingsByMunicipality.riga,
	today: '2026-05-04'
};

const FILE_A = '0b8f4c9e-2a51-4c3e-9d7a-5f6e1a2b3c4d';
const FILE_B = '1c9a5d0f-3b62-4d4f-8e8b-6a7f2b3c4d5e';

/** A complete company application for a sign on Brīvības iela, Rīga. */
const complete: Answers = {
	applicantType: 'company',
	companyName: 'SIA Kafija un Co',
	registrationNumber: '40003030007',
	contactName: 'Anna Bērziņa',
	phone: '+371 2612 3456',
	email: 'anna@example.lv',
	permitKind: 'sign',
	content: 'Kafejnīcas nosaukums un logotips',
	address: { text: 'Brīvības iela 1, Rīga' },
	point: { lat: 56.9497, lon: 24.1134 },
	zone: 'centre',
	nearMonument: 'no',
	width: '2',
	height: '1,2',
	lighting: 'yes',
	soundEffects: 'no',
	dateFrom: '2026-06-01',
	dateTo: '2027-05-31',
	design: [FILE_A],
	ownsProperty: 'no',
	ownerConsent: [FILE_B]
};

const stepIssues = (stepId: string, answers: Answers) =>
	validateStep(advertisingPermit, stepId, { ...complete, ...answers }, riga, 'submit');

const on = (issues: Issue[], path: string) =>
	issues.filter((i) => i.path === path).map((i) => i.message);

describe('advertising permit through the engine', () => {
	it('accepts a complete application', () => {
		expect(validateAll(advertisingPermit, complete, riga)).toEqual([]);
		for (const step of visibleSteps(advertisingPermit, complete)) {
			expect(validateStep(advertisingPermit, step.id, complete, riga, 'submit')).toEqual([]);
		}
	});

	it('fits the registry’s type (a line in registry.ts is all it needs)', () => {
		const entry: EServiceDefinition = advertisingPermit;
		expect(entry.id).toBe('advertising-permit');
	});

	it('checks the company registration number: 11 digits and the checksum', () => {
		expect(
			on(stepIssues('applicant', { registrationNumber: '40003030008' }), 'registrationNumber')
		).toEqual(['registrationNumber.checksum']);
		expect(
			on(stepIssues('applicant', { registrationNumber: '4000303000' }), 'registrationNumber')
		).toEqual(['registrationNumber.format']);
		expect(on(stepIssues('applicant', { registrationNumber: '' }), 'registrationNumber')).toEqual([
			'field.required'
		]);
	});

	it('asks a person for no company details', () => {
		const person = { applicantType: 'person', companyName: '', registrationNumber: '' };
		expect(stepIssues('applicant', person)).toEqual([]);
	});

	it('refuses zero, negative, too big and non-numeric dimensions', () => {
		expect(on(stepIssues('size', { width: '0' }), 'width')).toEqual(['number.tooSmall']);
		expect(on(stepIssues('size', { height: '-1,5' }), 'height')).toEqual(['number.tooSmall']);
		expect(on(stepIssues('size', { width: '51' }), 'width')).toEqual(['number.tooBig']);
		expect(on(stepIssues('size', { width: 'divi' }), 'width')).toEqual(['number.format']);
	});

	it('catches a start in the past, an end before the start and too long a period', () => {
		expect(on(stepIssues('size', { dateFrom: '2026-05-03' }), 'dateFrom')).toEqual([
			'permit.startInPast'
		]);
		expect(on(stepIssues('size', { dateTo: '2026-05-31' }), 'dateTo')).toEqual([
			'permit.endBeforeStart'
		]);
		expect(
			on(stepIssues('size', { permitKind: 'notice', dateTo: '2026-07-01' }), 'dateTo')
		).toEqual(['permit.periodTooLong.notice']);
		expect(on(stepIssues('size', { dateFrom: '2026-02-30' }), 'dateFrom')).toEqual(['date.format']);
	});

	it('catches a point outside the municipality and a zone it does not have', () => {
		const liepaja = { lat: 56.5047, lon: 21.0108 };
		expect(on(stepIssues('location', { point: liepaja }), 'point')).toEqual([
			'permit.outsideMunicipality'
		]);
		expect(on(stepIssues('location', { zone: 'whole' }), 'zone')).toEqual(['choice.unknown']);
		expect(on(stepIssues('location', { point: null }), 'point')).toEqual(['field.required']);
	});

	it('requires the design, and the owner’s consent unless the applicant owns the property', () => {
		expect(on(stepIssues('documents', { design: [] }), 'design')).toEqual(['file.required']);
		expect(on(stepIssues('documents', { ownerConsent: [] }), 'ownerConsent')).toEqual([
			'file.required'
		]);
		expect(stepIssues('documents', { ownsProperty: 'yes', ownerConsent: [] })).toEqual([]);
	});

	it('asks the fields each kind needs, and only those', () => {
		const names = (answers: Answers) =>
			visibleSteps(advertisingPermit, answers).flatMap((s) =>
				visibleFields(s, answers).map((f) => f.name)
			);
		expect(names({ permitKind: 'temporary' })).toContain('eventName');
		expect(names({ permitKind: 'mobile' })).toContain('vehicleNumber');
		const change = names({ permitKind: 'designChange' });
		expect(change).toContain('existingPermitNumber');
		expect(change).not.toContain('dateFrom');
		expect(names({ permitKind: 'sign' })).not.toContain('eventName');
		expect(on(stepIssues('permit', { permitKind: 'temporary' }), 'eventName')).toEqual([
			'field.required'
		]);
		expect(
			on(stepIssues('permit', { permitKind: 'designChange' }), 'existingPermitNumber')
		).toEqual(['field.required']);
	});

	it('keeps a half-filled draft (draft mode checks shapes only)', () => {
		const half = { permitKind: 'sign', width: '2', dateFrom: '2020-01-01' };
		expect(validateStep(advertisingPermit, 'size', half, riga, 'draft')).toEqual([]);
	});

	it('says every message it can give in Latvian and English', () => {
		const wrong: Answers[] = [
			{ registrationNumber: '40003030008' },
			{ registrationNumber: '1' },
			{ width: '0', height: 'x', dateFrom: '2026-01-01' },
			{ dateTo: '2026-05-31' },
			{ permitKind: 'notice', dateTo: '2026-09-01' },
			{ point: { lat: 56.5047, lon: 21.0108 }, zone: 'nowhere' },
			{ design: [], ownerConsent: [], email: 'x', phone: '1' }
		];
		const catalogueLv: Record<string, string> = { ...lv, ...permitLv };
		const catalogueEn: Record<string, string> = { ...en, ...permitEn };
		for (const answers of wrong) {
			const issues = validateAll(advertisingPermit, { ...complete, ...answers }, riga);
			expect(issues.length).toBeGreaterThan(0);
			for (const issue of issues) {
				expect(catalogueLv[issue.message], issue.message).toBeTruthy();
				expect(catalogueEn[issue.message], issue.message).toBeTruthy();
			}
		}
	});
});
