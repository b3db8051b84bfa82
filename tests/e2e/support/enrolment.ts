/**
 * The complete enrolment (7 steps in the generic form) as a person fills it, in small parts
 * so a spec can fill only what it needs and go on. Labels and step titles are those of
 * src/lib/services/education-enrolment/steps-*.ts (Latvian, the default language).
 */
import { expect, type Page } from '@playwright/test';
import { oldFormCheckDigit } from '../../../src/lib/domain/personal-code';

export const ENROLMENT_STEPS = [
	'child',
	'education',
	'institutions',
	'priority',
	'applicant',
	'secondRepresentative',
	'consents'
] as const;
export type EnrolmentStep = (typeof ENROLMENT_STEPS)[number];

/** Task list link texts, by step. */
export const STEP_TITLES: Record<EnrolmentStep, string> = {
	child: 'Bērns',
	education: 'Izglītības pakāpe un sākums',
	institutions: 'Izglītības iestādes',
	priority: 'Priekšrocības rindā',
	applicant: 'Iesniedzējs',
	secondRepresentative: 'Otrs likumiskais pārstāvis',
	consents: 'Apliecinājumi'
};

/** A valid old-form personal code of someone born on `birth` (YYYY-MM-DD, 1900-2099). */
export function codeBornOn(birth: string, serial = 123): string {
	const [year = '', month = '', day = ''] = birth.split('-');
	const century = year.startsWith('19') ? '1' : '2';
	for (let s = serial; s < serial + 20; s++) {
		const firstTen = `${day}${month}${year.slice(2)}${century}${String(s).padStart(3, '0')}`;
		const check = oldFormCheckDigit(firstTen);
		if (check !== null) {
			return `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${check}`;
		}
	}
	throw new Error('no serial with a check digit');
}

/** 1 September of next year: always ahead, whenever the suite runs. */
export function nextSchoolYearStart(now = new Date()): string {
	return `${now.getFullYear() + 1}-09-01`;
}

/** Born 2.5 years before the start date: a pre-school child, neither too young nor at school. */
export function preschoolBirthDate(start = nextSchoolYearStart()): string {
	return `${Number(start.slice(0, 4)) - 3}-03-01`;
}

/** The personal code of a pre-school child for `start` (check digit computed). */
export function preschoolChildCode(start = nextSchoolYearStart(), serial = 123): string {
	return codeBornOn(preschoolBirthDate(start), serial);
}

/** Starts a new enrolment from the municipality page (already open); lands on the task list. */
export async function startEnrolment(page: Page): Promise<{ id: string; base: string }> {
	await page.getByTestId('start-education-enrolment').click();
	await expect(page).toHaveURL(/\/education-enrolment\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;
	return { id: base.split('/').pop() ?? '', base };
}

/** The application id in the current address (task list, a step or the check page). */
export function enrolmentIdOf(page: Page): string {
	return /\/education-enrolment\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? '';
}

/** The application's base path in the current address. */
export function enrolmentBaseOf(page: Page): string {
	return /^\/[^/]+\/education-enrolment\/[0-9a-f-]+/.exec(new URL(page.url()).pathname)?.[0] ?? '';
}

/** An address ending in `path`, on whichever server the page is (app-update runs its own). */
const endsWith = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Opens a step from the task list (a link, so it works offline within the app). */
export async function openStep(page: Page, step: EnrolmentStep): Promise<void> {
	const base = enrolmentBaseOf(page);
	if (new URL(page.url()).pathname !== base) {
		await page.getByRole('link', { name: 'Uz pieteikuma daļām' }).first().click();
		await expect(page).toHaveURL(endsWith(base));
	}
	await page
		.getByTestId('task')
		.getByRole('link', { name: STEP_TITLES[step], exact: true })
		.click();
	await expect(page).toHaveURL(endsWith(`${base}/${step}`));
}

/** Starts a new enrolment and opens its first step: the child. */
export async function startEnrolmentAtChild(page: Page): Promise<{ id: string; base: string }> {
	const started = await startEnrolment(page);
	await openStep(page, 'child');
	return started;
}

/** "Saglabāt un turpināt", expecting to arrive at `next` (a step id or 'check'). */
export async function continueTo(page: Page, next: EnrolmentStep | 'check'): Promise<void> {
	const base = enrolmentBaseOf(page);
	await page.getByTestId('continue').click();
	await expect(page).toHaveURL(endsWith(`${base}/${next}`));
}

const yesNo = (page: Page, field: string, answer: 'Jā' | 'Nē') =>
	page.getByTestId(`${field}-group`).getByRole('radio', { name: answer, exact: true }).check();

export interface ChildAnswers {
	givenName?: string;
	surname?: string;
	personalCode?: string;
	resident?: 'Jā' | 'Nē';
	address?: string;
}

/** The child step's fields; anything not given gets a valid value. Stays on the step. */
export async function fillChild(page: Page, child: ChildAnswers = {}): Promise<void> {
	await page.getByLabel('Bērna personas kods').fill(child.personalCode ?? preschoolChildCode());
	await page.getByLabel('Bērna vārds').fill(child.givenName ?? 'Anna');
	await page.getByLabel('Bērna uzvārds').fill(child.surname ?? 'Bērziņa');
	await yesNo(page, 'childResidentHere', child.resident ?? 'Jā');
	await page
		.getByLabel('Bērna deklarētās dzīvesvietas adrese')
		.fill(child.address ?? 'Brīvības iela 1-5, Rīga, LV-1010');
}

/** Pre-school in Latvian from `startDate` (default: next 1 September). Stays on the step. */
export async function fillEducation(page: Page, startDate = nextSchoolYearStart()): Promise<void> {
	await page.getByRole('radio', { name: 'Pirmsskolā' }).check();
	await page
		.getByRole('radio', { name: 'Vispārējās pirmsskolas izglītības programma', exact: true })
		.check();
	await page.getByTestId('language-group').getByRole('radio', { name: 'Latviešu' }).check();
	await page.getByLabel('Vēlamais uzsākšanas datums').fill(startDate);
}

/** Adds institutions after any already chosen, in order of preference ('riga-saulite'…). */
export async function chooseInstitutions(page: Page, ids: readonly string[]): Promise<void> {
	const items = page.getByTestId('institutionChoices-ranked').getByRole('listitem');
	const before = await items.count();
	for (const id of ids) {
		await page.getByLabel('Pievienot izvēli').selectOption(id);
		await page.getByTestId('institutionChoices-add').click();
	}
	await expect(items).toHaveCount(before + ids.length);
}

/** The applicant as a parent, with contact details. Stays on the step. */
export async function fillApplicant(page: Page): Promise<void> {
	await page.getByRole('radio', { name: 'Vecāks' }).check();
	await page.getByLabel('Tālrunis').fill('+371 26123456');
	await page.getByLabel('E-pasts').fill('vecaks@example.lv');
}

/** Both statements ticked. Stays on the step. */
export async function fillConsents(page: Page): Promise<void> {
	await page.locator('#truthful').check();
	await page.locator('#dataProcessing').check();
}

export interface EnrolmentAnswers extends ChildAnswers {
	startDate?: string;
	institutions?: readonly string[];
}

/**
 * From the child step (already open, nothing or part of it filled) through every step to
 * the check page: a pre-school application with no priority and no second representative.
 */
export async function completeFromChild(page: Page, answers: EnrolmentAnswers = {}): Promise<void> {
	await fillChild(page, answers);
	await continueTo(page, 'education');
	await fillEducation(page, answers.startDate);
	await continueTo(page, 'institutions');
	const municipality = enrolmentBaseOf(page).split('/')[1] ?? '';
	await chooseInstitutions(page, answers.institutions ?? [`${municipality}-saulite`]);
	await continueTo(page, 'priority');
	await continueTo(page, 'applicant');
	await fillApplicant(page);
	await continueTo(page, 'secondRepresentative');
	await yesNo(page, 'hasSecondRepresentative', 'Nē');
	await continueTo(page, 'consents');
	await fillConsents(page);
	await continueTo(page, 'check');
}

/** On the check page: submit, and wait until it is queued or sent. */
export async function submitFromCheck(page: Page): Promise<void> {
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('submit-application')).toHaveCount(0);
}

/** Starts a new enrolment in the open municipality and fills every step to the check page. */
export async function enrolmentToCheck(
	page: Page,
	answers: EnrolmentAnswers = {}
): Promise<{ id: string; base: string }> {
	const started = await startEnrolmentAtChild(page);
	await completeFromChild(page, answers);
	return started;
}
