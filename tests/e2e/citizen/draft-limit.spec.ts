import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { startEnrolmentAtChild } from '../support/enrolment';
import { signIn } from '../support/people';

/**
 * Issue 15, item 3: a person at the open-draft limit (50 per e-service and municipality,
 * server/kernel/limits.ts) starts another application. The server refuses it with a clear
 * message on the form, and what they typed stays on the device, also after a reload.
 * Jānis's 50 empty drafts in Jūrmala are written into the server's database beforehand, in
 * one transaction with their change sequence, as a push would write them (the server code
 * cannot be loaded here); no other spec uses Jānis in Jūrmala.
 */

const DB_PATH = `tests/.tmp/e2e-${process.env.KOPA_E2E_PORT ?? 4173}.db`;
const PERSON = 'demo-citizen-janis';
const MUNICIPALITY = 'jurmala';
const LIMIT = 50;

test.beforeAll(() => {
	const db = new Database(DB_PATH, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		const open = db.prepare(
			`select count(*) n from application where applicant_id = ? and municipality_id = ?
			 and service = 'education-enrolment' and status = 'draft'`
		);
		const bump = db.prepare('update change_seq set value = value + 1 where id = 1 returning value');
		const insert = db.prepare(
			`insert into application (id, municipality_id, service, applicant_id, status, data,
			 version, server_seq, created_at, updated_at)
			 values (?, ?, 'education-enrolment', ?, 'draft', '{}', 1, ?, ?, ?)`
		);
		db.transaction(() => {
			const have = (open.get(PERSON, MUNICIPALITY) as { n: number }).n;
			for (let i = have; i < LIMIT; i++) {
				const seq = (bump.get() as { value: number }).value;
				insert.run(randomUUID(), MUNICIPALITY, PERSON, seq, Date.now(), Date.now());
			}
		}).immediate();
	} finally {
		db.close();
	}
});

test('at the draft limit, a new application is refused with a message and what was typed is kept', async ({
	page
}) => {
	await signIn(page, PERSON);
	await page.goto(`/${MUNICIPALITY}`);
	await startEnrolmentAtChild(page);
	await page.getByLabel('Bērna vārds').fill('Klāvs');
	await page.getByLabel('Bērna uzvārds').fill('Ozoliņš');

	const refusal = page.getByTestId('server-rejection').first();
	await expect(refusal).toContainText('atļautais skaits neiesniegtu', { timeout: 20_000 });
	await expect(refusal).toContainText('Jūsu ievadītais ir saglabāts šajā ierīcē.');
	await expect(page.getByText(/"code"|DRAFT_LIMIT/)).toHaveCount(0);

	await page.reload();
	await expect(page.getByLabel('Bērna vārds')).toHaveValue('Klāvs');
	await expect(page.getByLabel('Bērna uzvārds')).toHaveValue('Ozoliņš');
	await expect(page.getByTestId('server-rejection').first()).toContainText(
		'atļautais skaits neiesniegtu'
	);
});
