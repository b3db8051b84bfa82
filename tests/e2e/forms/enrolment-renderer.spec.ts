import { expect, test, type Page } from '@playwright/test';
import {
	chooseInstitutions,
	codeBornOn,
	continueTo,
	fillApplicant,
	fillConsents,
	fillEducation,
	nextSchoolYearStart,
	openStep,
	preschoolBirthDate,
	startEnrolment
} from '../support/enrolment';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { expectNoAxeViolations } from './axe';

// Dates from the clock, so the test does not age: a pre-school child starting next autumn.
const START = nextSchoolYearStart();
const BIRTH = preschoolBirthDate(START);
const CHILD_CODE = codeBornOn(BIRTH);
// Born a year earlier than the date stated: the code and the date disagree.
const OTHER_CODE = codeBornOn(`${Number(BIRTH.slice(0, 4)) - 1}-06-15`);
// Issued since July 2017: carries no birth date, so the form asks for it.
const NEW_FORM_CODE = '321234-56789';
const LAST_YEAR = `${Number(START.slice(0, 4)) - 2}-09-01`;

async function switchLanguage(page: Page): Promise<void> {
	await page.getByTestId('language-switch').click();
}

test('the complete enrolment in the generic form, partly offline: every step, wrong answers explained in both languages, a reload, check answers, submitted to the officer', async ({
	page,
	context,
	browser
}) => {
	const givenName = uniqueChildName('Marta');
	await signIn(page, 'demo-citizen-janis');
	// Ādaži: residents only, at most two institutions (demo settings).
	await page.goto('/adazi');
	await waitForServiceWorker(page);
	const { base } = await startEnrolment(page);

	// The task list: seven parts, nothing started. The priority part asks nothing that is
	// required (no ground is the usual answer), yet it is done only once the person has been
	// through it (GOV.UK): it says "not started" until then.
	const tasks = page.getByTestId('task');
	const priorityTask = page.locator('[data-testid="task"][data-step="priority"]');
	await expect(tasks).toHaveCount(7);
	await expect(tasks.first()).toHaveAttribute('data-status', 'notStarted');
	await expect(tasks.first()).toContainText('Nav sākts');
	await expect(priorityTask).toHaveAttribute('data-status', 'notStarted');
	await expect(page.getByTestId('task-progress')).toHaveText('Pabeigtas 0 no 7 daļām.');
	await expect(page.getByTestId('to-check')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// From here on there is no network: every step saves on the device.
	await goOffline(context);
	await openStep(page, 'child');
	await expect(page.getByLabel('Bērna dzimšanas datums')).toHaveCount(0);
	// A new-form code carries no birth date: the form asks for it, as the code is typed.
	await page.getByLabel('Bērna personas kods').fill(NEW_FORM_CODE);
	await page.getByLabel('Bērna dzimšanas datums').fill(BIRTH);
	// Then an old-form code of another birth date: the stated date stays, and disagrees.
	await page.getByLabel('Bērna personas kods').fill(OTHER_CODE);
	await page.getByLabel('Bērna vārds').fill(givenName);
	await page.getByTestId('childResidentHere-group').getByRole('radio', { name: 'Jā' }).check();
	await page.getByLabel('Bērna deklarētās dzīvesvietas adrese').fill('Gaujas iela 11, Ādaži');
	await expectNoAxeViolations(page);

	await page.getByTestId('continue').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(
		summary.getByRole('link', { name: 'Bērna uzvārds: Šis lauks ir obligāts.' })
	).toHaveAttribute('href', '#childSurname');
	await expect(
		summary.getByRole('link', {
			name: /^Bērna dzimšanas datums: Dzimšanas datums nesakrīt ar personas kodu/
		})
	).toHaveAttribute('href', '#childBirthDate');
	await expect(page.getByTestId('childBirthDate-error')).toContainText(
		'izlabojiet kodu vai datumu'
	);
	await expect(page.getByLabel('Bērna dzimšanas datums')).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(`${base}/child`);
	await expectNoAxeViolations(page);

	await switchLanguage(page);
	await expect(summary).toContainText(
		'Child’s date of birth: The date of birth does not match the personal code'
	);
	await expect(page.getByTestId('childSurname-error')).toHaveText('This field is required.');
	await switchLanguage(page);

	// The code corrected to the stated date; then a reload without network loses nothing.
	await page.getByLabel('Bērna personas kods').fill(CHILD_CODE);
	await page.getByLabel('Bērna uzvārds').fill('Liepiņa');
	await expect(page.getByTestId('childBirthDate-error')).toHaveCount(0);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');
	await page.reload();
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
	await expect(page.getByLabel('Bērna uzvārds')).toHaveValue('Liepiņa');
	await expect(page.getByLabel('Bērna personas kods')).toHaveValue(CHILD_CODE);
	await expect(page.getByLabel('Bērna dzimšanas datums')).toHaveValue(BIRTH);
	await expect(
		page.getByTestId('childResidentHere-group').getByRole('radio', { name: 'Jā' })
	).toBeChecked();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');
	await continueTo(page, 'education');

	// A start date in the past is refused, with how to put it right.
	await fillEducation(page, LAST_YEAR);
	await page.getByTestId('continue').click();
	await expect(
		summary.getByRole('link', {
			name: 'Vēlamais uzsākšanas datums: Uzsākšanas datums ir pagātnē: norādiet šodienu vai vēlāku datumu.'
		})
	).toHaveAttribute('href', '#startDate');
	await expect(page.getByLabel('Vēlamais uzsākšanas datums')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoAxeViolations(page);
	await switchLanguage(page);
	await expect(page.getByTestId('startDate-error')).toHaveText(
		'The start date is in the past: enter today or a later date.'
	);
	await switchLanguage(page);
	await page.getByLabel('Vēlamais uzsākšanas datums').fill(START);
	await continueTo(page, 'institutions');

	// A school for a pre-school child is refused; Ādaži allows two choices, and no more.
	await chooseInstitutions(page, ['adazi-saulite', 'adazi-pamatskola']);
	await expect(page.getByLabel('Pievienot izvēli')).toBeDisabled();
	await expect(page.getByTestId('institutionChoices-group')).toContainText(
		'Var izvēlēties ne vairāk kā 2.'
	);
	await page.getByTestId('continue').click();
	await expect(
		summary.getByRole('link', {
			name: /^Vēlamās iestādes: Pirmsskolai var izvēlēties tikai pirmsskolas izglītības iestādes/
		})
	).toHaveAttribute('href', '#institutionChoices');
	await expectNoAxeViolations(page);
	await switchLanguage(page);
	await expect(page.getByTestId('institutionChoices-error')).toHaveText(
		'For pre-school you can choose pre-school institutions only: remove the schools or change the level.'
	);
	await switchLanguage(page);
	await page.getByRole('button', { name: 'Noņemt: Demo pamatskola Nr. 1' }).click();
	await chooseInstitutions(page, ['adazi-zilite']);
	// Zīlīte is wanted most: moved to the top.
	await page.getByRole('button', { name: 'Pārvietot augstāk: Demo PII “Zīlīte”' }).click();
	await expect(page.getByTestId('institutionChoices-ranked')).toHaveText(/Zīlīte.*Saulīte/s);
	await continueTo(page, 'priority');

	// No priority ground: nothing to prove, so no file is asked.
	await expect(page.getByLabel(/Priekšrocību apliecinoši dokumenti/)).toHaveCount(0);
	await expectNoAxeViolations(page);
	await continueTo(page, 'applicant');

	await fillApplicant(page);
	await expectNoAxeViolations(page);
	await continueTo(page, 'secondRepresentative');

	await page
		.getByTestId('hasSecondRepresentative-group')
		.getByRole('radio', { name: 'Nē', exact: true })
		.check();
	await expectNoAxeViolations(page);
	await continueTo(page, 'consents');

	await fillConsents(page);
	await expectNoAxeViolations(page);
	await continueTo(page, 'check');

	// Check answers: every answer, each with a link back to its step.
	await expect(page.getByTestId('answer-childSurname')).toContainText('Liepiņa');
	await expect(page.getByTestId('answer-childBirthDate')).toContainText(
		`${BIRTH.slice(0, 4)}. gada 1. marts`
	);
	// Dates read in words, like every date in the UI (issue 13 item 11).
	await expect(page.getByTestId('answer-startDate')).toContainText(
		`${START.slice(0, 4)}. gada 1. septembris`
	);
	await expect(page.getByTestId('answer-institutionChoices')).toHaveText(/Zīlīte.*Saulīte/s);
	await expect(page.getByTestId('answer-hasSecondRepresentative')).toContainText('Nē');
	await expect(page.getByTestId('answer-childGivenName').getByRole('link')).toHaveAttribute(
		'href',
		`${base}/child#childGivenName`
	);
	await expectNoAxeViolations(page);

	// Offline still: the task list knows each part was gone through, the priority one too.
	await page.goto(base);
	await expect(priorityTask).toHaveAttribute('data-status', 'completed');
	await expect(page.getByTestId('task-progress')).toHaveText('Pabeigtas 7 no 7 daļām.');
	await expectNoAxeViolations(page);
	await page.getByTestId('to-check').click();
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'queued');
	await expect(page.getByTestId('submit-application')).toHaveCount(0);

	await goOnline(context);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await expect(page.getByTestId('registration-number')).toHaveText(/^ADAZ-\d{4}-\d{6}$/);

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-adazi');
	await officer.goto('/office/adazi');
	const row = officer.getByTestId('queue-row').filter({ hasText: givenName });
	await expect(row).toHaveCount(1);
	await row.getByRole('link').click();
	await expect(officer.getByTestId('field-childPersonalCode')).toContainText(CHILD_CODE);
	await officerContext.close();
});

test('the number of institutions follows the municipality: three in Liepāja', async ({ page }) => {
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/liepaja');
	await startEnrolment(page);
	await openStep(page, 'institutions');
	await expect(page.getByTestId('institutionChoices-group')).toContainText(
		'Var izvēlēties ne vairāk kā 3.'
	);
	await chooseInstitutions(page, ['liepaja-saulite', 'liepaja-zilite']);
	await expect(page.getByLabel('Pievienot izvēli')).toBeEnabled();
	await chooseInstitutions(page, ['liepaja-pamatskola']);
	await expect(page.getByLabel('Pievienot izvēli')).toBeDisabled();
	await expect(page.getByTestId('institutionChoices-ranked').getByRole('listitem')).toHaveCount(3);
});
