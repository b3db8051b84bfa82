import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { person } from '../../../server/db/schema/identity';
import { notification } from '../../../server/db/schema/notification';
import { createMailer, type Mailer } from '../../../server/mail/mailer';
import { startSink, type RunningSink } from '../../../server/mail/sink';
import { notify } from '../../../server/notifications/notify';
import { BACKOFF_MS, drainOutboxOnce, MAX_ATTEMPTS } from '../../../server/notifications/outbox';
import { freshDb } from '../harness';

// The real mailer against the real loopback sink; the sink refuses chosen recipients.
let sink: RunningSink;
let mailer: Mailer;
let refuse: number | null = null;

beforeAll(async () => {
	sink = await startSink({ port: 0, refuseRecipient: () => refuse });
	mailer = createMailer(
		{ smtpUrl: sink.url, from: 'Kopa <noreply@kopa.invalid>' },
		{ log: () => {} }
	);
});
afterAll(async () => {
	mailer.close();
	await sink.close();
});
beforeEach(async () => {
	await sink.clear();
	refuse = null;
});

const T0 = Date.parse('2026-03-02T09:00:00Z');
const ANNA = 'demo-citizen-anna';
const payload = {
	municipalityName: { lv: 'Rīga', en: 'Riga' },
	serviceTitle: {
		lv: 'Pieteikums izglītības iestādē',
		en: 'Application to an education institution'
	},
	applicationRef: 'RIGA-2026-000001',
	link: 'http://localhost:3000/riga/education-enrolment/x'
};

function withAddress(db: Db, email: string | null, lang: 'lv' | 'en' = 'lv') {
	db.update(person).set({ email, lang }).where(eq(person.id, ANNA)).run();
}

function submittedNotice(db: Db, mailOn = true) {
	return notify(
		db,
		{
			personId: ANNA,
			municipalityId: 'riga',
			applicationId: null,
			kind: 'application-submitted',
			payload,
			now: T0
		},
		{ mailOn }
	);
}

const rowOf = (db: Db, id: string) =>
	db.select().from(notification).where(eq(notification.id, id)).get();

describe('the email outbox', () => {
	it('sends a pending notice once, in the language the person has when it is sent', async () => {
		const db = freshDb();
		withAddress(db, 'anna@example.lv');
		const id = submittedNotice(db);
		expect(rowOf(db, id)?.emailStatus).toBe('pending');
		withAddress(db, 'anna@example.lv', 'en');

		expect(await drainOutboxOnce(db, mailer, T0)).toEqual({ sent: 1, retry: 0, failed: 0 });
		expect(await drainOutboxOnce(db, mailer, T0 + 3_600_000)).toEqual({
			sent: 0,
			retry: 0,
			failed: 0
		});
		expect(sink.messages()).toHaveLength(1);
		const message = sink.messages()[0]!;
		expect(message.to).toEqual(['anna@example.lv']);
		expect(message.messageId).toBe(`<${id}@kopa>`);
		expect(message.subject).toContain('Riga — Application to an education institution');
		expect(rowOf(db, id)).toMatchObject({
			emailStatus: 'sent',
			emailAttempts: 1,
			emailError: null
		});
	});

	it('records a notice without email when mail is off or the person has no address', () => {
		const db = freshDb();
		withAddress(db, 'anna@example.lv');
		expect(rowOf(db, submittedNotice(db, false))?.emailStatus).toBe('none');
		withAddress(db, null);
		expect(rowOf(db, submittedNotice(db, true))?.emailStatus).toBe('none');
	});

	it('waits a minute after a refused (4xx) send, then sends', async () => {
		const db = freshDb();
		withAddress(db, 'anna@example.lv');
		const id = submittedNotice(db);
		refuse = 450;
		expect(await drainOutboxOnce(db, mailer, T0)).toMatchObject({ retry: 1 });
		expect(rowOf(db, id)).toMatchObject({
			emailStatus: 'pending',
			emailAttempts: 1,
			nextAttemptAt: T0 + 60_000
		});
		refuse = null;
		// Not due yet: nothing is tried.
		expect(await drainOutboxOnce(db, mailer, T0 + 59_999)).toEqual({
			sent: 0,
			retry: 0,
			failed: 0
		});
		expect(await drainOutboxOnce(db, mailer, T0 + 60_000)).toMatchObject({ sent: 1 });
		expect(sink.messages()).toHaveLength(1);
		expect(rowOf(db, id)).toMatchObject({ emailStatus: 'sent', emailAttempts: 2 });
	});

	it('backs off 1 min, 5 min, 30 min, 2 h, 12 h… and gives up after 8 tries', async () => {
		const db = freshDb();
		withAddress(db, 'anna@example.lv');
		const id = submittedNotice(db);
		refuse = 421;
		let now = T0;
		const waits: number[] = [];
		for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			await drainOutboxOnce(db, mailer, now);
			const row = rowOf(db, id);
			expect(row?.emailAttempts).toBe(attempt);
			if (row?.nextAttemptAt) {
				waits.push(row.nextAttemptAt - now);
				now = row.nextAttemptAt;
			}
		}
		expect(waits).toEqual([...BACKOFF_MS, 43_200_000, 43_200_000]);
		expect(rowOf(db, id)).toMatchObject({ emailStatus: 'failed', nextAttemptAt: null });
		expect(rowOf(db, id)?.emailError).toMatch(/421/);
		expect(await drainOutboxOnce(db, mailer, now + 86_400_000)).toEqual({
			sent: 0,
			retry: 0,
			failed: 0
		});
	});

	it('gives up at once on a permanent (5xx) refusal', async () => {
		const db = freshDb();
		withAddress(db, 'nobody@example.lv');
		const id = submittedNotice(db);
		refuse = 550;
		expect(await drainOutboxOnce(db, mailer, T0)).toMatchObject({ failed: 1 });
		expect(rowOf(db, id)).toMatchObject({ emailStatus: 'failed', emailAttempts: 1 });
	});

	it('never sends a row twice when two workers drain at the same time', async () => {
		const db = freshDb();
		withAddress(db, 'anna@example.lv');
		const ids = [submittedNotice(db), submittedNotice(db), submittedNotice(db)];
		const [a, b] = await Promise.all([
			drainOutboxOnce(db, mailer, T0, 2),
			drainOutboxOnce(db, mailer, T0, 2)
		]);
		expect(a.sent + b.sent).toBe(3);
		expect(
			sink
				.messages()
				.map((m) => m.messageId)
				.sort()
		).toEqual(ids.map((id) => `<${id}@kopa>`).sort());
	});
});
