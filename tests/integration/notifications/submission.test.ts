import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { person } from '../../../server/db/schema/identity';
import { notification } from '../../../server/db/schema/notification';
import { closeDefaultMailer, createMailer, type Mailer } from '../../../server/mail/mailer';
import { startSink, type RunningSink } from '../../../server/mail/sink';
import { drainOutboxOnce } from '../../../server/notifications/outbox';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { draftAndSubmit } from '../fixtures';
import { callerFor, freshDb } from '../harness';

// A submission through the real sync push, the outbox drained by the real mailer into the
// real sink. notify() asks the process's mailer whether mail is on, as the server does.
let sink: RunningSink;
let mailer: Mailer;
const savedUrl = process.env.KOPA_SMTP_URL;

beforeAll(async () => {
	sink = await startSink({ port: 0 });
	process.env.KOPA_SMTP_URL = sink.url;
	closeDefaultMailer();
	mailer = createMailer({ smtpUrl: sink.url, from: 'Kopa <noreply@kopa.invalid>' });
});
afterAll(async () => {
	mailer.close();
	closeDefaultMailer();
	process.env.KOPA_SMTP_URL = savedUrl;
	await sink.close();
});
beforeEach(async () => {
	await sink.clear();
});

const ANNA = 'demo-citizen-anna';

async function submit(db: Db) {
	// Each push from a new device, whose mutation ids start at 1.
	const { recordId, mutations } = draftAndSubmit(1);
	const out = await callerFor(db, ANNA).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	return recordId;
}

describe('the notice of a submission', () => {
	it('sends one email in Latvian to the application’s contact, diacritics intact', async () => {
		const db = freshDb();
		const recordId = await submit(db);
		// The contact stays the application's: it does not become the person's address.
		expect(db.select().from(person).where(eq(person.id, ANNA)).get()?.email).toBeNull();
		const rows = db.select().from(notification).all();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			personId: ANNA,
			applicationId: recordId,
			kind: 'application-submitted',
			emailTo: 'maija@example.lv',
			emailStatus: 'pending'
		});

		expect(await drainOutboxOnce(db, mailer, Date.now())).toMatchObject({ sent: 1 });
		const messages = sink.messages();
		expect(messages).toHaveLength(1);
		expect(messages[0]?.to).toEqual(['maija@example.lv']);
		expect(messages[0]?.subject).toMatch(/^Rīga — Pieteikums izglītības iestādē: pieteikums RIGA-/);
		expect(messages[0]?.text).toContain(`/riga/education-enrolment/${recordId}`);
	});

	it('writes the email in the language the person switched to', async () => {
		const db = freshDb();
		await callerFor(db, ANNA).notices.setLanguage({ lang: 'en' });
		await submit(db);
		await drainOutboxOnce(db, mailer, Date.now());
		expect(sink.messages()[0]?.subject).toMatch(/^Riga — Application to an education institution/);
	});

	it('lists the notice in the app, counts it unread until it is marked read', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA).notices;
		const first = await submit(db);
		const second = await submit(db);
		expect(await anna.unreadCount()).toEqual({ count: 2 });
		const page1 = await anna.list({ limit: 1 });
		expect(page1.items.map((n) => n.path)).toEqual([`/riga/education-enrolment/${second}`]);
		expect(page1.items[0]).toMatchObject({ kind: 'application-submitted', read: false });
		const page2 = await anna.list({ limit: 1, before: page1.next ?? undefined });
		expect(page2.items.map((n) => n.path)).toEqual([`/riga/education-enrolment/${first}`]);
		expect(page2.next).toBeNull();

		// Somebody else cannot see or mark Anna's notices.
		const other = callerFor(db, 'demo-citizen-janis').notices;
		expect((await other.list({ limit: 10 })).items).toEqual([]);
		expect(await other.markRead({ ids: [page1.items[0]!.id] })).toEqual({ updated: 0 });

		expect(await anna.markRead({ ids: [page1.items[0]!.id] })).toEqual({ updated: 1 });
		expect(await anna.unreadCount()).toEqual({ count: 1 });
		expect(await anna.markRead({ all: true })).toEqual({ updated: 1 });
		expect(await anna.unreadCount()).toEqual({ count: 0 });
	});

	it('refuses bad input with a 400, not a 500', async () => {
		const anna = callerFor(freshDb(), ANNA).notices;
		await expect(anna.markRead({ ids: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(anna.setLanguage({ lang: 'de' as 'lv' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		await expect(anna.list({ limit: 500 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});
});
