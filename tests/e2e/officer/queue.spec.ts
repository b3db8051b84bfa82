import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { enrolmentToCheck, preschoolChildCode, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

/** The page fits a 320 px screen: the table scrolls in its own box, the page does not. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** Submits an enrolment as the signed-in citizen and waits until the server has it. */
async function submitEnrolment(
	page: Page,
	child: { givenName: string; surname: string; code: string }
) {
	await page.goto('/riga');
	await enrolmentToCheck(page, {
		givenName: child.givenName,
		surname: child.surname,
		personalCode: child.code
	});
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
}

/** Runs the filters form with these values (the rest as they are). */
async function filterBy(page: Page, values: { q?: string; assignee?: string }) {
	const form = page.getByRole('form', { name: 'Atlase' });
	if (values.q !== undefined) {
		await form.getByLabel(/^Meklēt/).fill(values.q);
	}
	if (values.assignee !== undefined) {
		await form.getByLabel('Atbildīgais').selectOption(values.assignee);
	}
	await form.getByRole('button', { name: 'Atlasīt' }).click();
}

test('an officer filters, searches by personal code and by a name typed without diacritics, assigns to self and starts review of two at once', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	// One surname with Latvian letters for both children: a search for it finds exactly them.
	const surname = uniqueChildName('Šķiņa');
	const folded = surname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	const serial = 200 + Math.floor(Math.random() * 600);
	const codeA = preschoolChildCode(undefined, serial);
	const codeB = preschoolChildCode(undefined, serial + 20);

	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await submitEnrolment(page, { givenName: 'Elza', surname, code: codeA });
	await submitEnrolment(page, { givenName: 'Ēriks', surname, code: codeB });

	const context = await browser.newContext();
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	const rows = officer.getByTestId('queue-row');

	// Typed without diacritics, the name finds both; the filtered view is a link.
	await filterBy(officer, { q: folded });
	await expect(officer).toHaveURL(new RegExp(`q=${folded}`));
	await expect(rows).toHaveCount(2);
	await expect(officer.getByTestId('count-submitted')).toHaveText('Iesniegts (2)');
	await expectNoAxeViolations(officer);

	// The status tab keeps the search and narrows to that status.
	await officer.getByTestId('count-submitted').click();
	await expect(officer).toHaveURL(/status=submitted/);
	await expect(rows).toHaveCount(2);

	// The child's personal code, with and without its dash.
	await filterBy(officer, { q: codeA });
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(`Elza ${surname}`);
	await filterBy(officer, { q: codeB.replace('-', '') });
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(`Ēriks ${surname}`);

	// Mine: none of them yet; assign one to me and the count follows.
	await officer.goto(`/office/riga?q=${folded}&assignee=me`);
	await expect(officer.getByText('Atrasti: 0')).toBeVisible();
	await officer.goto(`/office/riga?q=${folded}`);
	const elza = rows.filter({ hasText: 'Elza' });
	await elza.getByRole('checkbox').check();
	await expect(officer.getByText('Atzīmēti: 1')).toBeVisible();
	await officer.getByRole('button', { name: 'Piešķirt', exact: true }).click();
	await expect(officer.getByText('Piešķirti: 1')).toBeVisible();
	// The same filtered view reloads: the assignee shows, the ticks are cleared.
	await expect(elza).toContainText('Ilze Krūmiņa');
	await expect(officer.getByText('Atzīmēti: 0')).toBeVisible();
	await filterBy(officer, { assignee: 'me' });
	await expect(officer).toHaveURL(/assignee=me/);
	await expect(officer.getByText('Atrasti: 1')).toBeVisible();
	await expect(rows.first()).toContainText('Ilze Krūmiņa');

	// Both ticked: the bar offers what both allow; starting review moves both.
	await officer.goto(`/office/riga?q=${folded}`);
	// The page renders in the browser after the load event: wait for both rows before
	// ticking (rows.all() does not wait, and ticked nothing when the render was late).
	await expect(rows).toHaveCount(2);
	for (const row of await rows.all()) {
		await row.getByRole('checkbox').check();
	}
	const step = officer.getByTestId('bulk-action');
	await expect(step.locator('option')).toHaveText(['Sākt izskatīšanu']);
	await officer.getByRole('button', { name: 'Veikt soli' }).click();
	await expect(officer.getByText('Statuss mainīts: 2')).toBeVisible();
	await expect(officer.getByTestId('count-in_review')).toHaveText('Tiek izskatīts (2)');
	await expect(officer.getByTestId('count-submitted')).toHaveCount(0);

	// At 320 px the page does not scroll sideways, and stays axe-clean.
	await officer.setViewportSize({ width: 320, height: 800 });
	await expectNoSidewaysScroll(officer);
	await expectNoAxeViolations(officer);
	await context.close();
});
