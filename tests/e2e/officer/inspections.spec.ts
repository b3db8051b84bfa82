import { createHash, randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { submitTemporaryPermit } from '../support/permit';

/**
 * The officers' back office for field inspections (issue 7 items 4 and 5): scheduling from a
 * permit application and from the permit register, changing an open task (a stale change is
 * refused with the typed text kept), cancelling one, and the list with its filters. The
 * inspector's results with photos are covered by the inspector journey.
 */

const INSPECTOR = 'Oskars Briedis';
const year = new Date().getFullYear() + 1;

async function openSummary(scope: Locator, text: string): Promise<void> {
	await scope.locator('summary', { hasText: text }).first().click();
}

/**
 * At a phone's width nothing in the part is wider than the screen. (The application page's
 * other sections are not this spec's to check.)
 */
async function partFitsPhone(page: Page, testId: string): Promise<void> {
	await page.setViewportSize({ width: 320, height: 800 });
	const wide = await page
		.getByTestId(testId)
		.evaluate((root) =>
			[root, ...root.querySelectorAll('*')]
				.filter(
					(e) => !e.parentElement?.closest('.scroll') && e.getBoundingClientRect().right > 320
				)
				.map((e) => e.tagName)
		);
	expect(wide).toEqual([]);
	await page.setViewportSize({ width: 1280, height: 800 });
}

/** A phone's width with nothing wider than the screen. */
async function fitsPhone(page: Page): Promise<void> {
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.setViewportSize({ width: 1280, height: 800 });
}

/** A temporary permit submitted by a citizen at a street no other test uses; its id. */
async function submittedPermit(page: Page, street: string): Promise<string> {
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const base = await submitTemporaryPermit(page, {
		contactName: 'Marta Kalniņa',
		email: `marta.${Date.now()}@example.lv`,
		street,
		from: `${year}-06-01`,
		to: `${year}-06-20`
	});
	return base.split('/').pop() ?? '';
}

/** The officer schedules a pre-decision inspection on the application page; its id. */
async function scheduleOnApplication(officer: Page, applicationId: string): Promise<string> {
	await officer.goto(`/office/riga/${applicationId}`);
	const section = officer.getByTestId('office-inspections');
	await openSummary(section, 'Plānot pārbaudi');
	const form = section.getByTestId('schedule-form');
	await form.getByLabel('Inspektors').selectOption({ label: INSPECTOR });
	await form.getByLabel('Jāveic līdz').fill(`${year}-05-20`);
	await form.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(section.getByTestId('inspection-card')).toHaveCount(1);
	return (await section.getByTestId('inspection-card').getAttribute('data-id')) ?? '';
}

/**
 * The inspector's device sending its outbox: the same sync mutations the app queues, pushed
 * from a page signed in as the inspector (the push is the contract under test here; the
 * inspector's own screens are covered by their journey).
 */
async function inspectorDevice(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, 'demo-inspector-riga');
	const clientId = randomUUID();
	let lastId = 0;
	const push = async (name: string, args: Record<string, unknown>) => {
		lastId += 1;
		const body = { clientId, schemaVersion: 1, mutations: [{ id: lastId, name, args }] };
		const answer = await page.evaluate(async (json) => {
			const response = await fetch('/trpc/sync.push', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: json
			});
			return (await response.json()) as { result: { data: { results: { status: string }[] } } };
		}, JSON.stringify(body));
		expect(answer.result.data.results[0]?.status).toBe('applied');
	};
	/** The photo's bytes, in one chunk, as the upload worker sends them. */
	const upload = async (bytes: Buffer) => {
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const status = await page.evaluate(
			async ({ sha256, base64 }) => {
				const body = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const response = await fetch(`/api/blob/${sha256}`, {
					method: 'PUT',
					headers: { 'content-type': 'application/offset+octet-stream', 'Upload-Offset': '0' },
					body
				});
				return response.status;
			},
			{ sha256, base64: bytes.toString('base64') }
		);
		expect(status).toBe(204);
	};
	return { push, upload, close: () => context.close() };
}

/** A photo whose bytes never arrive in this test (the inspector is still offline). */
const PHOTO = Buffer.from('not really a JPEG: the bytes never arrive in this test');
/**
 * HONEST FIXTURE: a real 1×1 PNG, whose bytes do arrive. A per-run tail after IEND (which
 * decoders ignore) makes the content new each time, so the inspector really uploads it.
 */
const PNG = Buffer.concat([
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64'
	),
	Buffer.from(randomUUID())
]);
const near = { lat: 56.9497, lon: 24.1053, accuracyMetres: 6, at: Date.now() };

test('an officer schedules an inspection from a permit application, changes it (a stale change keeps its text), sees it listed, and schedules one from the permit register', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const street = `${uniqueChildName('Pārbaudes')} iela 7, Rīga`;
	const applicationId = await submittedPermit(page, street);

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${applicationId}`);
	const section = officer.getByTestId('office-inspections');
	await expect(section).toContainText('Šim iesniegumam pārbaužu vēl nav.');

	// Nothing chosen: each reason at its field, the typed instructions kept.
	await openSummary(section, 'Plānot pārbaudi');
	const schedule = section.getByTestId('schedule-form');
	const instructions = 'Pārbaudiet, vai stends netraucē gājējiem pie ieejas.';
	await schedule.getByLabel('Norādījumi inspektoram').fill(instructions);
	await schedule.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(schedule.locator('#schedule-inspector-error')).toHaveText('Šis lauks ir obligāts.');
	await expect(schedule.locator('#schedule-due-error')).toHaveText(
		'Ievadiet datumu formā GGGG-MM-DD.'
	);
	await expect(schedule.getByLabel('Norādījumi inspektoram')).toHaveValue(instructions);
	await expect(schedule.getByLabel('Inspektors')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(officer);

	// Someone who is not an inspector (a tampered choice): refused at the field.
	await schedule.getByLabel('Inspektors').evaluate((select: HTMLSelectElement) => {
		select.add(new Option('Ierēdnis', 'demo-officer-riga'));
	});
	await schedule.getByLabel('Inspektors').selectOption('demo-officer-riga');
	await schedule.getByLabel('Jāveic līdz').fill(`${year}-05-20`);
	await schedule.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(schedule.locator('#schedule-inspector-error')).toHaveText(
		'Šai personai nav inspektora lomas šajā pašvaldībā.'
	);
	await expect(schedule.getByLabel('Norādījumi inspektoram')).toHaveValue(instructions);

	// A due day in the past would make the task overdue at once: refused at the field.
	await schedule.getByLabel('Inspektors').selectOption({ label: INSPECTOR });
	await schedule.getByLabel('Jāveic līdz').fill(`${year - 2}-05-20`);
	await schedule.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(schedule.locator('#schedule-due-error')).toHaveText('Datums nevar būt pagātnē.');
	await expect(schedule.getByLabel('Norādījumi inspektoram')).toHaveValue(instructions);

	await schedule.getByLabel('Inspektors').selectOption({ label: INSPECTOR });
	await schedule.getByLabel('Jāveic līdz').fill(`${year}-05-20`);
	await schedule.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(section.getByRole('status')).toHaveText('Pārbaude ieplānota.');
	const card = section.getByTestId('inspection-card');
	await expect(card).toHaveCount(1);
	await expect(card).toHaveAttribute('data-status', 'assigned');
	await expect(card).toHaveAttribute('data-kind', 'preDecision');
	await expect(card.getByTestId('inspection-inspector')).toHaveText(INSPECTOR);
	await expect(card.getByTestId('inspection-due')).toHaveText(`${year}. gada 20. maijs`);
	await expect(card.getByTestId('inspection-instructions')).toHaveText(instructions);
	await expect(card.getByTestId('permitted-point')).toContainText('56,949600° Z; 24,105200° A');
	await expect(card.getByTestId('permitted-point')).toContainText('LKS-92 (EPSG:3059)');
	const inspectionId = (await card.getAttribute('data-id')) ?? '';

	// A second tab keeps the task as it was; the first one changes it.
	const stalePage = await officerContext.newPage();
	await stalePage.goto(`/office/riga/${applicationId}`);
	await expect(stalePage.getByTestId('inspection-card')).toHaveCount(1);

	await openSummary(card, 'Mainīt uzdevumu');
	const edit = card.getByTestId('inspection-update-form');
	await edit.getByLabel('Jāveic līdz').fill(`${year}-05-25`);
	await edit.getByLabel('Norādījumi inspektoram').fill('Arī nofotografējiet stiprinājumus.');
	await edit.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
	await expect(card.getByRole('status')).toHaveText('Izmaiņas saglabātas.');
	await expect(card.getByTestId('inspection-due')).toHaveText(`${year}. gada 25. maijs`);
	await expect(card.getByTestId('inspection-instructions')).toHaveText(
		'Arī nofotografējiet stiprinājumus.'
	);

	// The stale tab's change is refused in words; what was typed stays, and a second try
	// (with the version the page now has) goes through.
	const staleCard = stalePage.getByTestId('inspection-card');
	await openSummary(staleCard, 'Mainīt uzdevumu');
	const staleEdit = staleCard.getByTestId('inspection-update-form');
	const typed = 'Pārbaudiet arī apgaismojuma vadus.';
	await staleEdit.getByLabel('Norādījumi inspektoram').fill(typed);
	await staleEdit.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
	await expect(staleEdit.getByTestId('inspection-problem')).toContainText(
		'Kamēr jūs to skatījāties'
	);
	await expect(staleEdit.getByLabel('Norādījumi inspektoram')).toHaveValue(typed);
	await expect(staleCard.getByTestId('inspection-due')).toHaveText(`${year}. gada 25. maijs`);
	await staleEdit.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
	await expect(staleCard.getByTestId('inspection-instructions')).toHaveText(typed);
	await expect(staleCard.getByTestId('inspection-due')).toHaveText(`${year}. gada 25. maijs`);
	await stalePage.close();

	// Listed, and found by its kind; the detail page shows the same task.
	await officer.goto('/office/riga/inspections?kind=preDecision&status=assigned');
	const row = officer.getByTestId('inspection-row').filter({ hasText: street });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText(`${year}. gada 25. maijs`);
	await expectNoAxeViolations(officer);
	await fitsPhone(officer);
	await officer.getByLabel('Veids').selectOption('report');
	await officer.getByRole('button', { name: 'Atlasīt' }).click();
	await expect(officer).toHaveURL(/kind=report/);
	await expect(officer.getByTestId('inspection-row').filter({ hasText: street })).toHaveCount(0);
	await officer.goto(`/office/riga/inspections/${inspectionId}`);
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Pirms lēmuma');
	await expect(officer.getByTestId('inspection-instructions')).toHaveText(typed);
	await expectNoAxeViolations(officer);
	await fitsPhone(officer);
	await officer.getByTestId('language-switch').click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Before the decision');
	await expect(officer.getByTestId('inspection-card')).toContainText(
		'Before the decision — Assigned to an inspector'
	);
	await officer.getByTestId('language-switch').click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Pirms lēmuma');

	// Cancelling needs a reason; with one, the task is cancelled and says why.
	await openSummary(officer.getByTestId('inspection-actions'), 'Atcelt pārbaudi');
	const cancel = officer.getByTestId('inspection-cancel-form');
	await cancel.getByRole('button', { name: 'Atcelt pārbaudi' }).click();
	await expect(cancel.getByText('Šis lauks ir obligāts.')).toBeVisible();
	await cancel.getByLabel('Atcelšanas iemesls').fill('Iesniedzējs atsauca vietu.');
	await cancel.getByRole('button', { name: 'Atcelt pārbaudi' }).click();
	await expect(officer.getByTestId('inspection-card')).toHaveAttribute('data-status', 'cancelled');
	await expect(officer.getByTestId('closing-note')).toHaveText('Iesniedzējs atsauca vietu.');

	// The queue leads to the reports; the register schedules from an issued permit.
	await officer.goto('/office/riga');
	await expect(officer.getByTestId('open-reports-link')).toHaveText(
		/^Ziņojumi par neatļautu reklāmu \(\d+\)$/
	);
	await officer.goto(`/office/riga/${applicationId}`);
	const panel = officer.getByTestId('office-workflow');
	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	const decision = panel.getByTestId('decision-form');
	await decision.getByRole('radio', { name: 'Atļaut (ar nosacījumiem)' }).check();
	await expect(decision.getByRole('textbox', { name: 'Nosacījumi' })).toHaveValue(/./);
	await decision.getByRole('button', { name: 'Pieņemt lēmumu un izveidot PDF' }).click();
	// The decision is made once the officer confirms what will be issued.
	await panel
		.getByTestId('decision-confirm')
		.getByRole('button', { name: 'Apstiprināt un izsniegt atļauju' })
		.click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Atļauja izsniegta');

	await officer.goto('/office/riga/permits');
	await officer
		.getByTestId('permit-row')
		.filter({ hasText: street })
		.getByTestId('schedule-inspection')
		.click();
	await expect(officer).toHaveURL(/\/office\/riga\/inspections\/new\?applicationId=/);
	await expectNoAxeViolations(officer);
	const fromRegister = officer.getByTestId('schedule-form');
	await fromRegister.getByLabel('Veids').selectOption({ label: 'Pēc uzstādīšanas' });
	await fromRegister.getByLabel('Inspektors').selectOption({ label: INSPECTOR });
	await fromRegister.getByLabel('Jāveic līdz').fill(`${year}-06-02`);
	await fromRegister.getByRole('button', { name: 'Plānot pārbaudi' }).click();
	await expect(officer).toHaveURL(/\/office\/riga\/inspections\/[0-9a-f-]{36}$/);
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Pēc uzstādīšanas');
	await expect(officer.getByTestId('inspection-card')).toHaveAttribute('data-status', 'assigned');
	await expect(officer.getByTestId('inspection-due')).toHaveText(`${year}. gada 2. jūnijs`);
	await expect(officer.getByTestId('inspection-card')).toContainText(/RIGA-A-\d{4}-\d{6}/);

	await officer.goto(`/office/riga/${applicationId}`);
	await expect(
		officer.getByTestId('office-inspections').getByTestId('inspection-card')
	).toHaveCount(2);
	await officerContext.close();
});

test("a result made on an older task meets the officer's change: the officer sees the conflict, the checks, position and photos, marks it reviewed, re-inspects and closes; a report is listed first and closed", async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const street = `${uniqueChildName('Rezultāta')} iela 9, Rīga`;
	const applicationId = await submittedPermit(page, street);
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	const inspectionId = await scheduleOnApplication(officer, applicationId);

	// The officer moves the due day after the inspector took the task offline (version 1).
	const card = officer.getByTestId('inspection-card');
	await openSummary(card, 'Mainīt uzdevumu');
	await card.getByTestId('inspection-update-form').getByLabel('Jāveic līdz').fill(`${year}-05-28`);
	await card.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
	await expect(card.getByTestId('inspection-due')).toHaveText(`${year}. gada 28. maijs`);

	const device = await inspectorDevice(browser);
	const photoId = randomUUID();
	const sha256 = createHash('sha256').update(PHOTO).digest('hex');
	const takenAt = Date.now();
	await device.push('inspection.photo', {
		inspectionId,
		municipalityId: 'riga',
		photoId,
		sha256,
		mime: 'image/jpeg',
		size: PHOTO.length,
		takenAt,
		position: near
	});
	const pngId = randomUUID();
	const pngSha = createHash('sha256').update(PNG).digest('hex');
	await device.push('inspection.photo', {
		inspectionId,
		municipalityId: 'riga',
		photoId: pngId,
		sha256: pngSha,
		mime: 'image/png',
		size: PNG.length,
		takenAt,
		position: near
	});
	await device.upload(PNG);
	await device.push('inspection.complete', {
		inspectionId,
		municipalityId: 'riga',
		taskVersion: 1,
		checks: {
			design: 'yes',
			dimensions: 'yes',
			position: 'yes',
			mounting: 'no',
			lighting: 'na',
			permitNumber: 'yes'
		},
		position: near,
		notes: 'Stends nav piestiprināts pie pamatnes.',
		result: 'defects',
		defectDeadline: `${year}-07-01`,
		photoIds: [photoId, pngId],
		completedAt: Date.now()
	});

	await officer.reload();
	await expect(card).toHaveAttribute('data-status', 'done');
	const conflict = card.getByTestId('inspection-conflict');
	await expect(conflict).toContainText('Inspektora rezultāts pienāca pēc tam');
	const change = conflict.getByTestId('conflict-change');
	await expect(change).toHaveAttribute('data-field', 'dueOn');
	await expect(change).toContainText(`${year}. gada 20. maijs`);
	await expect(change).toContainText(`${year}. gada 28. maijs`);
	await expect(conflict.getByTestId('conflict-kept')).toHaveText(
		'Saglabātais rezultāts: Konstatēti trūkumi.'
	);
	await expect(card.getByTestId('inspection-result')).toHaveAttribute('data-result', 'defects');
	await expect(card.locator('[data-check="mounting"]')).toContainText('Nē (trūkums)');
	await expect(card.getByTestId('defect-deadline')).toHaveText(`${year}. gada 1. jūlijs`);
	await expect(card.getByTestId('inspection-notes')).toHaveText(
		'Stends nav piestiprināts pie pamatnes.'
	);
	await expect(card.getByTestId('measured-point')).toContainText('±6 m');
	await expect(card.getByTestId('distance')).toHaveAttribute('data-far', 'false');
	await expect(card.getByTestId(`inspection-${inspectionId}-measured`)).toBeVisible();
	await expect(card.getByTestId(`inspection-${inspectionId}-permitted`)).toBeVisible();
	const photo = card
		.getByTestId('inspection-photo')
		.and(officer.locator(`[data-sha256="${sha256}"]`));
	await expect(photo).toHaveAttribute('data-status', 'expected');
	await expect(photo).toContainText('vēl nav saņemta');
	// The photo that arrived: a thumbnail whose bytes are the inspector's (hashes equal).
	const received = card
		.getByTestId('inspection-photo')
		.and(officer.locator(`[data-sha256="${pngSha}"]`));
	await expect(received).toHaveAttribute('data-status', 'present');
	const img = received.getByRole('img', { name: /^Fotogrāfija, uzņemta: / });
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
	const bytes = await officer.request.get((await img.getAttribute('src')) ?? '');
	expect(bytes.status()).toBe(200);
	expect(
		createHash('sha256')
			.update(await bytes.body())
			.digest('hex')
	).toBe(pngSha);
	await expectNoAxeViolations(officer);
	await partFitsPhone(officer, 'office-inspections');

	await conflict.getByRole('button', { name: 'Atzīmēt kā izskatītu' }).click();
	await expect(card.getByTestId('inspection-conflict')).toHaveCount(0);

	// A re-inspection of the defect, then the result closed with a note.
	await openSummary(card, 'Plānot atkārtotu pārbaudi');
	const again = card.getByTestId(`reinspect-${inspectionId}-form`);
	await again.getByLabel('Inspektors').selectOption({ label: INSPECTOR });
	await again.getByLabel('Jāveic līdz').fill(`${year}-07-02`);
	await again.getByRole('button', { name: 'Plānot atkārtotu pārbaudi' }).click();
	const cards = officer.getByTestId('office-inspections').getByTestId('inspection-card');
	await expect(cards).toHaveCount(2);
	await expect(cards.and(officer.locator('[data-kind="reinspection"]'))).toHaveAttribute(
		'data-status',
		'assigned'
	);
	const done = cards.and(officer.locator(`[data-id="${inspectionId}"]`));
	await openSummary(done, 'Slēgt');
	await done
		.getByLabel('Piezīme (kā rezultāts vai ziņojums izskatīts)')
		.fill('Nosūtīts brīdinājums.');
	await done.getByRole('button', { name: 'Slēgt' }).click();
	await expect(done).toHaveAttribute('data-status', 'closed');
	await expect(done.getByTestId('closing-note')).toHaveText('Nosūtīts brīdinājums.');

	// A report of an unpermitted ad: counted on the queue, first in the list, closed.
	const description = `${uniqueChildName('Ziņojums')}: sienas reklāma uz fasādes`;
	await device.push('inspection.report', {
		inspectionId: randomUUID(),
		municipalityId: 'riga',
		position: near,
		description,
		notes: '',
		reportedAt: Date.now()
	});
	await device.close();
	await officer.goto('/office/riga');
	const link = officer.getByTestId('open-reports-link');
	await expect(link).toHaveText(/\(\d+\)$/);
	const before = Number(/\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1]);
	expect(before).toBeGreaterThanOrEqual(1);
	await link.click();
	await expect(officer).toHaveURL(/\/office\/riga\/inspections\?kind=report/);
	await officer.goto('/office/riga/inspections');
	await expect(officer.getByTestId('inspection-row').first()).toHaveAttribute(
		'data-kind',
		'report'
	);
	await officer
		.getByTestId('inspection-row')
		.filter({ hasText: description })
		.getByRole('link')
		.click();
	await expect(officer.getByTestId('inspection-description')).toContainText(description);
	await expect(officer.getByTestId('measured-point')).toContainText('56,949700° Z; 24,105300° A');
	await expect(officer.getByTestId('permitted-point')).toHaveCount(0);
	await expectNoAxeViolations(officer);
	await officer.setViewportSize({ width: 320, height: 800 });
	await expectNoAxeViolations(officer);
	await fitsPhone(officer);
	await openSummary(officer.getByTestId('inspection-actions'), 'Slēgt');
	await officer
		.getByLabel('Piezīme (kā rezultāts vai ziņojums izskatīts)')
		.fill('Īpašniekam nosūtīts uzaicinājums noņemt reklāmu.');
	await officer.getByTestId('inspection-close-form').getByRole('button', { name: 'Slēgt' }).click();
	await expect(officer.getByTestId('inspection-card')).toHaveAttribute('data-status', 'closed');
	await officer.goto('/office/riga');
	await expect(officer.getByTestId('open-reports-link')).toHaveText(
		`Ziņojumi par neatļautu reklāmu (${before - 1})`
	);
	await officerContext.close();
});
