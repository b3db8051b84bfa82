import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { openStep, startEnrolment } from '../support/enrolment';
import { signIn, waitForServiceWorker } from '../support/people';

const GROUP_LV = 'Bērns no audžuģimenes';
const GROUP_EN = 'Child from a foster family';

test('a municipal admin sets up enrolment in a form made from its settings; wrong values are explained and nothing typed is lost; the family sees the change', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga');
	await page.getByRole('link', { name: 'E-pakalpojumu iestatījumi' }).click();
	const enrolment = page.getByTestId('service-education-enrolment');
	await expect(enrolment.getByLabel('Piedāvāt šo e-pakalpojumu')).toBeChecked();
	const maxChoices = enrolment.getByLabel('Cik iestādes drīkst izvēlēties');
	const stored = await maxChoices.inputValue();
	expect(Number(stored)).toBeGreaterThan(0);
	await expectNoAxeViolations(page);

	// Too many institutions, and a new priority group with no name: both refused.
	await maxChoices.fill('99');
	const groups = enrolment.getByRole('group', { name: 'Priekšrocību grupas' });
	const before = await groups.getByTestId('settings-row').count();
	await groups.getByRole('button', { name: 'Pievienot: Priekšrocību grupas' }).click();
	const added = groups.getByTestId('settings-row').nth(before);
	await expect(added.getByLabel('Kods')).toBeFocused();
	await added.getByLabel('Kods').fill('fosterFamily');
	await added.getByRole('textbox', { name: 'Nosaukums Angliski' }).fill(GROUP_EN);
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();

	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(
		'Cik iestādes drīkst izvēlēties: Skaitlim jābūt ne lielākam par 20.'
	);
	await expect(summary).toContainText(
		`Priekšrocību grupas › ${before + 1}. › Nosaukums › Latviski: Šis lauks ir obligāts.`
	);
	await expect(maxChoices).toHaveAttribute('aria-invalid', 'true');
	await expect(maxChoices).toHaveValue('99');
	await expect(added.getByLabel('Kods')).toHaveValue('fosterFamily');
	await expect(added.getByRole('textbox', { name: 'Nosaukums Angliski' })).toHaveValue(GROUP_EN);
	await expectNoAxeViolations(page);

	await page.getByTestId('language-switch').click();
	await expect(summary).toContainText(
		'How many institutions may be chosen: The number must be 20 or less.'
	);
	await page.getByTestId('language-switch').click();

	// Put right: the stored limit back, the group named and needing a document.
	await maxChoices.fill(stored);
	await added.getByRole('textbox', { name: 'Nosaukums Latviski' }).fill(GROUP_LV);
	await added.getByLabel('Jāpievieno apliecinošs dokuments').check();
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(enrolment.getByRole('status')).toContainText('Saglabāts');
	await expect(summary).toHaveCount(0);

	await page.reload();
	const saved = groups.getByTestId('settings-row').nth(before);
	await expect(saved.getByRole('textbox', { name: 'Nosaukums Latviski' })).toHaveValue(GROUP_LV);
	await expect(saved.getByLabel('Jāpievieno apliecinošs dokuments')).toBeChecked();

	// A family applying in Rīga now has the ground to claim, with its proof asked for.
	const familyContext = await browser.newContext();
	const family = await familyContext.newPage();
	await signIn(family, 'demo-citizen-anna');
	await family.goto('/riga');
	await waitForServiceWorker(family);
	await startEnrolment(family);
	await openStep(family, 'priority');
	await family.getByRole('checkbox', { name: GROUP_LV }).check();
	await expect(family.locator('#priorityProof')).toBeVisible();
	await familyContext.close();

	// Taken away again (so the rest of the suite sees Rīga as seeded), and audited.
	await groups.getByRole('button', { name: `Noņemt ${before + 1}. ${GROUP_LV}` }).click();
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(enrolment.getByRole('status')).toContainText('Saglabāts');
	await expect(groups.getByTestId('settings-row')).toHaveCount(before);

	await page.goto('/admin/riga/audit?action=settings.update');
	await expect(page.getByTestId('audit-row').first()).toContainText(
		'Mainīja e-pakalpojuma iestatījumus'
	);
});

test('the advertising permit’s tariffs are typed in euro and kept in cents; a bad number stays as typed', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	// One e-service's settings at a time: the permit's are a tab of their own.
	await page.goto('/admin/riga/services?service=advertising-permit');
	const permit = page.getByTestId('service-advertising-permit');
	const tariffs = permit.getByRole('group', { name: 'Nodevas tarifi' });
	const signBase = tariffs.getByRole('group', { name: 'Izkārtne' }).getByLabel('Pamatmaksa, EUR');
	const stored = await signBase.inputValue();
	expect(stored).toMatch(/^\d+(\.\d+)?$/);

	await signBase.fill('divdesmit');
	await permit.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(page.getByTestId('error-summary')).toContainText(
		'Nodevas tarifi › Izkārtne › Pamatmaksa, EUR: Vērtība nav derīga.'
	);
	await expect(signBase).toHaveValue('divdesmit');

	await signBase.fill(stored.replace('.', ','));
	await permit.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(permit.getByRole('status')).toContainText('Saglabāts');
	await page.reload();
	await expect(signBase).toHaveValue(stored);
	await expectNoAxeViolations(page);
});
