import { expect, test } from '@playwright/test';
import { extractPdf } from '../../integration/decisions-pdf/extract';
import { messagesTo } from '../support/mail';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { submitTemporaryPermit } from '../support/permit';

const LETTERS = 'ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž';

test('from the queue to a decision: a request answered offline, an approval, the PDF and the emails', async ({
	page,
	context,
	browser
}) => {
	const street = `${uniqueChildName('Tirgus')} iela 3, Rīga`;
	const email = `marta.${Date.now()}@example.lv`;
	const year = new Date().getFullYear() + 1;
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const base = await submitTemporaryPermit(page, {
		contactName: 'Marta Kalniņa',
		email,
		street,
		from: `${year}-06-01`,
		to: `${year}-06-20`
	});
	const ref = (await page.getByTestId('registration-number').textContent())?.trim() ?? '';
	await messagesTo(email, (m) => m.subject.includes(ref) && m.subject.includes('saņemts'));

	// The officer takes it from the queue and asks for more.
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	await officer
		.getByTestId('queue-row')
		.filter({ hasText: street })
		.getByRole('link')
		.first()
		.click();
	const panel = officer.getByTestId('office-workflow');
	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	const question = 'Lūdzu, norādiet, kur tieši tirdziņā atradīsies stends.';
	await panel.getByLabel('Ko iesniedzējam jāsniedz?').fill(question);
	await panel.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Pieprasīta informācija');
	const [asked] = await messagesTo(email, (m) => m.text.includes(question));
	expect(asked?.text).toContain(ref);

	// The applicant sees the request; answers with no network; the typed answer survives a
	// reload; it is sent when the network is back.
	await page.goto(base);
	const requests = page.getByTestId('information-requests');
	await expect(requests.getByTestId('information-question')).toHaveText(question, {
		timeout: 30_000
	});
	await goOffline(context);
	const answer = 'Stends būs pie galvenās ieejas, pa kreisi no strūklakas.';
	await requests.getByLabel('Jūsu atbilde').fill(answer);
	await page.reload();
	await expect(requests.getByLabel('Jūsu atbilde')).toHaveValue(answer);
	await requests.getByRole('button', { name: 'Nosūtīt atbildi' }).click();
	await expect(requests.getByTestId('answer-state')).toHaveText(
		'Atbilde saglabāta šajā ierīcē un tiks nosūtīta, kad būs savienojums.'
	);
	await goOnline(context);
	await expect(requests.getByTestId('answer-state')).toHaveText('Atbilde nosūtīta.', {
		timeout: 30_000
	});

	// Back with the officer, who resumes and approves with a condition of their own.
	await officer.reload();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Informācija saņemta');
	await expect(panel.getByTestId('timeline')).toContainText(answer);
	await panel.getByRole('button', { name: 'Turpināt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	const form = panel.getByTestId('decision-form');
	// A refusal without reasons is stopped at the reasons field, in words, not as a code.
	await form.getByRole('radio', { name: 'Atteikt (ar pamatojumu)' }).check();
	const reasons = form.getByRole('textbox', { name: 'Atteikuma pamatojums' });
	await reasons.fill('');
	await form.getByRole('button', { name: 'Pieņemt lēmumu un izveidot PDF' }).click();
	await expect(form.getByTestId('decision-text-error')).toHaveText(
		'Atteikumam jānorāda pamatojums.'
	);
	await expect(reasons).toHaveAttribute('aria-invalid', 'true');
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	await expect(panel).not.toContainText('decision.reasonsRequired');

	await form.getByRole('radio', { name: 'Atļaut (ar nosacījumiem)' }).check();
	const text = form.getByRole('textbox', { name: 'Nosacījumi' });
	await expect(text).toHaveValue(/saskaņā ar iesniegto/);
	await text.fill(`${await text.inputValue()}\n\nBurti pārbaudei: ${LETTERS}.`);
	await form.getByRole('button', { name: 'Pieņemt lēmumu un izveidot PDF' }).click();
	// Not yet decided: what will be issued is shown to confirm.
	const confirm = panel.getByTestId('decision-confirm');
	await expect(confirm.getByRole('heading')).toHaveText('Pārbaudiet, kas tiks izsniegts');
	await expect(confirm.getByTestId('confirm-kind')).toHaveText('Īslaicīga (pasākuma) reklāma');
	await expect(confirm.getByTestId('confirm-place')).toContainText(street);
	await expect(confirm.getByTestId('confirm-period')).toHaveText(
		`no ${year}-06-01 līdz ${year}-06-20`
	);
	await expect(confirm.getByTestId('confirm-fee')).toContainText(/\d+,\d{2}\s€/);
	await expect(confirm.getByTestId('confirm-paragraphs')).toContainText(
		`Burti pārbaudei: ${LETTERS}.`
	);
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	// Going back keeps what was typed; confirming makes the decision.
	await confirm.getByRole('button', { name: 'Atgriezties un labot' }).click();
	await expect(text).toHaveValue(new RegExp(`Burti pārbaudei: ${LETTERS}`));
	await form.getByRole('button', { name: 'Pieņemt lēmumu un izveidot PDF' }).click();
	await confirm.getByRole('button', { name: 'Apstiprināt un izsniegt atļauju' }).click();
	await expect(panel.getByTestId('decision-made')).toContainText(/RIGA-L-\d{4}-\d{6}/);
	await expect(panel.getByTestId('workflow-status')).toHaveText('Atļauja izsniegta');
	await officer.goto('/office/riga/permits');
	await expect(officer.getByTestId('permit-row').filter({ hasText: street })).toContainText(
		'Īslaicīga (pasākuma) reklāma'
	);
	await officerContext.close();

	// The applicant sees the decision and downloads its PDF; the text reads back as written.
	await page.goto(base);
	const decision = page.getByTestId('decision-panel');
	await expect(decision).toContainText('Pieņemts lēmums: atļauts', { timeout: 30_000 });
	await expect(decision.getByTestId('permit-number')).toContainText(/RIGA-A-\d{4}-\d{6}/);
	const href = await decision.getByTestId('decision-download').getAttribute('href');
	const pdf = await page.request.get(href ?? '');
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const { text: pdfText } = await extractPdf(new Uint8Array(await pdf.body()));
	expect(pdfText).toContain('LĒMUMS');
	expect(pdfText).toContain(`Burti pārbaudei: ${LETTERS}.`);
	expect(pdfText).toContain(street);

	const [decided] = await messagesTo(email, (m) => m.subject.endsWith(`${ref} apstiprināts`));
	expect(decided?.text).toContain('/api/decision/');
	expect(decided?.text).toMatch(/RIGA-A-\d{4}-\d{6}/);
});
