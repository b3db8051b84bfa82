import { formatDay } from '../../domain/date-format';
import { defineService } from '../engine';
import { enrolmentDescriptor } from './descriptor';
import type { Answers, StepDef } from '../types';
import { DEFAULT_ENROLMENT_SETTINGS, ENROLMENT_DEMO_SETTINGS } from './demo-settings';
import { enrolmentFacets } from './facets';
import { F, levelOf, listOf, textOf, type Level } from './fields';
import { migrateOnePageDraft } from './migrate';
import { enrolmentPlacement } from './placement';
import { checkEnrolmentRules } from './rules';
import { zEnrolmentSettings, type EnrolmentSettings } from './settings';
import { childStep, educationStep } from './steps-child';
import { institutionsStep, priorityStep } from './steps-choices';
import { applicantStep, consentsStep, secondRepresentativeStep } from './steps-people';

/** Child first: the level and the institutions that fit depend on who the child is. */
export const enrolmentSteps: readonly StepDef[] = [
	childStep,
	educationStep,
	institutionsStep,
	priorityStep,
	applicantStep,
	secondRepresentativeStep,
	consentsStep
];

const LEVEL_WORDS: Record<Level, string> = {
	preschool: 'pirmsskola',
	grade1: '1. klase',
	transfer: 'pāriešana',
	grade10: '10. klase'
};

/** "Anna Bērziņa · pirmsskola · 2026-09-01 · 3 iestādes" (Latvian, as officers read it). */
export function enrolmentSummary(answers: Answers): string {
	const name = [textOf(answers[F.childGivenName]), textOf(answers[F.childSurname])]
		.filter((part) => part !== '')
		.join(' ')
		.slice(0, 120);
	const level = levelOf(answers);
	const grade = textOf(answers[F.transferGrade]);
	const levelText =
		level === 'transfer' && grade ? `${grade}. klase` : level ? LEVEL_WORDS[level] : '';
	const count = listOf(answers[F.institutionChoices]).length;
	const parts = [
		name,
		levelText,
		// Dates read in words everywhere (the queue shows this summary).
		formatDay(textOf(answers[F.startDate]).slice(0, 10), 'lv'),
		count > 0 ? `${count} ${count === 1 ? 'iestāde' : 'iestādes'}` : ''
	].filter((part) => part !== '');
	return parts.length > 0 ? parts.join(' · ') : '—';
}

/**
 * Application for a place in a municipal education institution, pre-school to secondary
 * (modelled on Rīga binding regulations No. 191 as amended by No. 114, and the rules of
 * Liepāja, Ādaži, Ropaži and Jūrmala). Same id as the one-page form it replaces.
 */
export const educationEnrolmentFull = defineService<EnrolmentSettings>({
	...enrolmentDescriptor,
	steps: enrolmentSteps,
	settingsSchema: zEnrolmentSettings,
	defaultSettings: DEFAULT_ENROLMENT_SETTINGS,
	demoSettings: ENROLMENT_DEMO_SETTINGS,
	checkMunicipalRules: checkEnrolmentRules,
	contactEmail: (answers) => textOf(answers[F.applicantEmail]) || null,
	summary: enrolmentSummary,
	facets: enrolmentFacets,
	placement: enrolmentPlacement,
	// Drafts of the one-page form it replaced hold `institutionId`: rewritten at start.
	upgrades: [{ legacyKey: 'institutionId', migrate: migrateOnePageDraft }],
	// The one-page form's links (/{municipality}/enrolment/{id}) still open the application.
	legacyPaths: ['enrolment']
});
