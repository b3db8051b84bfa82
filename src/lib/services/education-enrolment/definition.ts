import { z } from 'zod';
import { parsePersonalCode } from '../../domain/personal-code';
import type { EServiceDefinition } from '../types';

export const EDUCATION_ENROLMENT = 'education-enrolment';
export const MAX_NAME_LENGTH = 100;

const zName = z.string().trim().max(MAX_NAME_LENGTH, 'field.tooLong');

const zPersonalCode = z
	.string()
	.trim()
	.max(20, 'field.tooLong')
	.superRefine((value, ctx) => {
		if (value === '') {
			return;
		}
		const parsed = parsePersonalCode(value);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: `personalCode.${parsed.error}` });
		}
	});

const zIsoDate = z
	.string()
	.trim()
	.refine((v) => v === '' || isIsoDate(v), 'date.format');

function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return false;
	}
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const draftShape = {
	childGivenName: zName,
	childSurname: zName,
	childPersonalCode: zPersonalCode,
	institutionId: z.string().max(80, 'field.tooLong'),
	startDate: zIsoDate
};

export type EnrolmentFields = { [K in keyof typeof draftShape]: string };
export const ENROLMENT_FIELD_NAMES = Object.keys(draftShape) as (keyof EnrolmentFields)[];

export const enrolmentDraftSchema = z.strictObject(draftShape).partial();

const required = (schema: z.ZodType<string>) =>
	schema.refine((v) => v.trim() !== '', 'field.required');

export const enrolmentSubmitSchema = z.strictObject({
	childGivenName: required(zName),
	childSurname: required(zName),
	childPersonalCode: required(zPersonalCode),
	institutionId: required(z.string().max(80, 'field.tooLong')),
	startDate: required(zIsoDate)
});

// The form as one step until the full enrolment definition replaces it (issue 5).
const steps: EServiceDefinition['steps'] = [
	{
		id: 'child',
		title: { lv: 'Bērns un iestāde', en: 'Child and institution' },
		fields: [
			{
				name: 'childGivenName',
				kind: 'text',
				label: { lv: 'Bērna vārds', en: 'Child’s given name' },
				required: true
			},
			{
				name: 'childSurname',
				kind: 'text',
				label: { lv: 'Bērna uzvārds', en: 'Child’s surname' },
				required: true
			},
			{
				name: 'childPersonalCode',
				kind: 'personalCode',
				label: { lv: 'Bērna personas kods', en: 'Child’s personal code' },
				required: true
			},
			{
				name: 'institutionId',
				kind: 'choice',
				options: { from: 'institutions' },
				label: { lv: 'Vēlamā izglītības iestāde', en: 'Preferred institution' },
				required: true
			},
			{
				name: 'startDate',
				kind: 'date',
				label: { lv: 'Vēlamais uzsākšanas datums', en: 'Preferred start date' },
				required: true
			}
		]
	}
];

export const educationEnrolment: EServiceDefinition = {
	id: EDUCATION_ENROLMENT,
	title: { lv: 'Pieteikums izglītības iestādē', en: 'Application to an education institution' },
	steps,
	settingsSchema: z.object({}),
	defaultSettings: {},
	workflow: {
		states: ['draft', 'submitted', 'in_review'],
		transitions: [
			{ from: 'draft', to: 'submitted', action: 'submit', by: 'citizen' },
			{ from: 'submitted', to: 'in_review', action: 'startReview', by: 'officer' }
		]
	},
	draftSchema: enrolmentDraftSchema,
	submitSchema: enrolmentSubmitSchema,
	checkMunicipalRules(fields, context) {
		const issues: { path: string; message: string }[] = [];
		const institutionId = fields.institutionId;
		if (typeof institutionId === 'string' && institutionId !== '') {
			if (!context.institutionIds.has(institutionId)) {
				issues.push({ path: 'institutionId', message: 'institution.unknown' });
			}
		}
		const startDate = fields.startDate;
		if (typeof startDate === 'string' && startDate !== '' && startDate < context.today) {
			issues.push({ path: 'startDate', message: 'date.past' });
		}
		return issues;
	},
	summary(fields) {
		const name = [fields.childGivenName, fields.childSurname].filter(Boolean).join(' ');
		return name || '—';
	}
};
