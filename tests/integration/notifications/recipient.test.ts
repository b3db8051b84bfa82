import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { notification } from '../../../server/db/schema/notification';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';
import { callerFor, freshDb } from '../harness';

// Mail is on for these notices (mailOn is read from the process's mailer otherwise).
process.env.KOPA_SMTP_URL ??= 'smtp://127.0.0.1:9';

const ANNA = 'demo-citizen-anna';

async function submitWithContact(db: Db, email: string): Promise<string> {
	const { recordId, mutations } = draftAndSubmit(1, 'riga', {
		...completeFieldsFor('riga'),
		applicantEmail: email
	});
	const out = await callerFor(db, ANNA).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	return recordId;
}

async function askAbout(db: Db, id: string): Promise<void> {
	const officer = callerFor(db, 'demo-officer-riga');
	const state = await officer.applications.state({ municipalityId: 'riga', id });
	await officer.applications.requestInformation({
		municipalityId: 'riga',
		id,
		baseVersion: state.version,
		question: 'Kur bērns dzīvo?'
	});
}

function addressesOf(db: Db, applicationId: string, kind: string): (string | null)[] {
	return db
		.select()
		.from(notification)
		.all()
		.filter((n) => n.applicationId === applicationId && n.kind === kind)
		.map((n) => n.emailTo);
}

describe('where a notice about an application is emailed', () => {
	it('goes to the contact of the application it is about, not the one given last', async () => {
		const db = freshDb();
		const first = await submitWithContact(db, 'pirmais@example.lv');
		const second = await submitWithContact(db, 'otrais@example.lv');
		expect(addressesOf(db, first, 'application-submitted')).toEqual(['pirmais@example.lv']);
		expect(addressesOf(db, second, 'application-submitted')).toEqual(['otrais@example.lv']);

		// After the second submission, a request about the first still goes to its own contact.
		await askAbout(db, first);
		await askAbout(db, second);
		expect(addressesOf(db, first, 'information-requested')).toEqual(['pirmais@example.lv']);
		expect(addressesOf(db, second, 'information-requested')).toEqual(['otrais@example.lv']);
	});

	it('goes to the address the person chose in their account, until they go back to each contact', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA).account;
		expect(await anna.noticeAddress()).toEqual({ email: null });
		const first = await submitWithContact(db, 'pirmais@example.lv');

		await anna.setNoticeAddress({ mode: 'chosen', email: ' visiem@example.lv ' });
		expect(await anna.noticeAddress()).toEqual({ email: 'visiem@example.lv' });
		const second = await submitWithContact(db, 'otrais@example.lv');
		await askAbout(db, first);
		expect(addressesOf(db, second, 'application-submitted')).toEqual(['visiem@example.lv']);
		expect(addressesOf(db, first, 'information-requested')).toEqual(['visiem@example.lv']);

		await anna.setNoticeAddress({ mode: 'application' });
		expect(await anna.noticeAddress()).toEqual({ email: null });
		await askAbout(db, second);
		expect(addressesOf(db, second, 'information-requested')).toEqual(['otrais@example.lv']);

		// Another person's choice does not touch Anna's notices.
		await callerFor(db, 'demo-citizen-janis').account.setNoticeAddress({
			mode: 'chosen',
			email: 'janis@example.lv'
		});
		expect(await anna.noticeAddress()).toEqual({ email: null });
	});

	it('refuses an address that is not one with a 400 and the catalogue key at its field', async () => {
		const anna = callerFor(freshDb(), ANNA).account;
		for (const email of ['roberts@', '', 'a'.repeat(250) + '@example.lv']) {
			await expect(anna.setNoticeAddress({ mode: 'chosen', email })).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		}
	});
});
