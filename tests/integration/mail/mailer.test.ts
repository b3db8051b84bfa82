import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, loadMailConfig, MailConfigError } from '../../../server/mail/config';
import { createMailer, type Mailer } from '../../../server/mail/mailer';
import { startSink, type RunningSink } from '../../../server/mail/sink';

// A real SMTP conversation each time: nodemailer → loopback → smtp-server → mailparser.
let sink: RunningSink;
let mailer: Mailer;
let dir: string;
const logged: string[] = [];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'kopa-mail-'));
	sink = await startSink({
		port: 0,
		dir,
		// full@… is a mailbox over quota (4xx: try later); gone@… does not exist (5xx).
		refuseRecipient: (a) => (a.startsWith('full@') ? 452 : a.startsWith('gone@') ? 550 : null)
	});
	mailer = createMailer(
		{ smtpUrl: sink.url, from: 'Kopa <noreply@kopa.invalid>' },
		{ log: (line) => logged.push(line) }
	);
});

afterAll(async () => {
	mailer.close();
	await sink.close();
	await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
	await sink.clear();
	logged.length = 0;
});

describe('sendMail through the real sink', () => {
	it('delivers subject, text and HTML with Latvian letters intact', async () => {
		const result = await mailer.send({
			to: 'janis.berzins@example.lv',
			subject: 'Ādažu novads — pieteikums saņemts: ā č ē ģ ī ķ ļ ņ š ū ž',
			text: 'Labdien!\nĀ Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž — „pēdiņas”',
			html: '<p>Ģimenes ārsts — ļoti ņipri</p>',
			messageId: '<outbox-42@kopa.invalid>'
		});
		expect(result).toEqual({ ok: true, id: '<outbox-42@kopa.invalid>' });
		const [m] = sink.messages();
		expect(m?.envelope).toEqual({ from: 'noreply@kopa.invalid', to: ['janis.berzins@example.lv'] });
		expect(m?.subject).toBe('Ādažu novads — pieteikums saņemts: ā č ē ģ ī ķ ļ ņ š ū ž');
		expect(m?.text.trim()).toBe('Labdien!\nĀ Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž — „pēdiņas”');
		expect(m?.html).toContain('Ģimenes ārsts — ļoti ņipri');
		expect(m?.from).toContain('noreply@kopa.invalid');
		expect(m?.messageId).toBe('<outbox-42@kopa.invalid>');
		// Holiday auto-replies must not answer a notification (RFC 3834).
		expect(m?.headers['auto-submitted']).toBe('auto-generated');
	});

	it('keeps each message as .eml and .json in the folder, and clear() removes them', async () => {
		await mailer.send({ to: 'a@example.lv', subject: 'Pirmā', text: 'ā' });
		const [m] = sink.messages();
		expect((await readdir(dir)).sort()).toEqual([`${m?.id}.eml`, `${m?.id}.json`]);
		const eml = await readFile(join(dir, `${m?.id}.eml`), 'utf8');
		expect(eml).toMatch(/^Subject: /m);
		expect(sink.raw(m?.id ?? '')?.toString('utf8')).toBe(eml);
		const stored = JSON.parse(await readFile(join(dir, `${m?.id}.json`), 'utf8')) as {
			subject: string;
		};
		expect(stored.subject).toBe('Pirmā');
		await sink.clear();
		expect(await readdir(dir)).toEqual([]);
		expect(sink.messages()).toEqual([]);
	});

	it('waitFor resolves with a message that arrives later', async () => {
		const waiting = sink.waitFor((m) => m.subject === 'Vēlāk');
		await mailer.send({ to: 'a@example.lv', subject: 'Vēlāk', text: 'x' });
		expect((await waiting).envelope.to).toEqual(['a@example.lv']);
		await expect(sink.waitFor((m) => m.subject === 'nekad', 50)).rejects.toThrow(/No matching/);
	});

	it('refuses an invalid message without sending it, and never throws', async () => {
		const bad = [
			{ to: 'not an address', subject: 'x', text: 'x' },
			{ to: 'a@example.lv', subject: 'Two\r\nBcc: victim@example.lv', text: 'x' },
			{ to: 'a@example.lv', subject: 'x', text: '' },
			{ to: 'a@example.lv', subject: 'x', text: 'x', messageId: 'no-brackets' }
		];
		for (const message of bad) {
			const result = await mailer.send(message);
			expect(result).toMatchObject({ ok: false, retryable: false });
		}
		expect(sink.messages()).toEqual([]);
	});

	it('a 4xx refusal is retryable, a 5xx one is not', async () => {
		const later = await mailer.send({ to: 'full@example.lv', subject: 'x', text: 'x' });
		expect(later).toMatchObject({ ok: false, retryable: true });
		const never = await mailer.send({ to: 'gone@example.lv', subject: 'x', text: 'x' });
		expect(never).toMatchObject({ ok: false, retryable: false });
		expect(!never.ok && never.error).toMatch(/550/);
		// Logged without the recipient's address, which is personal data.
		expect(logged).toHaveLength(2);
		expect(logged.join('\n')).not.toMatch(/full@|gone@/);
	});
});

describe('when the relay cannot be reached', () => {
	it('a closed port gives ok:false, retryable:true without throwing', async () => {
		const gone = await startSink({ port: 0 });
		const url = gone.url;
		await gone.close();
		const lines: string[] = [];
		const orphan = createMailer(
			{ smtpUrl: url, from: DEFAULT_MAIL_FROM },
			{ timeoutMs: 2000, log: (l) => lines.push(l) }
		);
		const result = await orphan.send({ to: 'a@example.lv', subject: 'x', text: 'x' });
		expect(result).toMatchObject({ ok: false, retryable: true });
		expect(!result.ok && result.error).toMatch(/ECONNREFUSED/);
		expect(lines).toHaveLength(1);
		orphan.close();
	});
});

describe('mail off and settings', () => {
	it('without KOPA_SMTP_URL mail is off: logged once, every send a quiet refusal', async () => {
		const config = loadMailConfig({});
		expect(config).toEqual({ smtpUrl: null, from: DEFAULT_MAIL_FROM });
		const lines: string[] = [];
		const off = createMailer(config, { log: (l) => lines.push(l) });
		expect(off.isOn).toBe(false);
		for (let i = 0; i < 3; i++) {
			const result = await off.send({ to: 'a@example.lv', subject: 'x', text: 'x' });
			expect(result).toMatchObject({ ok: false, retryable: false });
		}
		expect(lines).toEqual([
			'Mail is off (KOPA_SMTP_URL is not set); notifications will not be sent.'
		]);
		expect(sink.messages()).toEqual([]);
		off.close();
	});

	it('reads the relay and the sender, empty values count as unset', () => {
		expect(
			loadMailConfig({
				KOPA_SMTP_URL: 'smtps://kopa:secret@mail.example.lv:465',
				KOPA_MAIL_FROM: 'Ādažu novads <kopa@adazi.example.lv>'
			})
		).toEqual({
			smtpUrl: 'smtps://kopa:secret@mail.example.lv:465',
			from: 'Ādažu novads <kopa@adazi.example.lv>'
		});
		expect(loadMailConfig({ KOPA_SMTP_URL: '', KOPA_MAIL_FROM: ' ' }).smtpUrl).toBeNull();
	});

	it('names a wrong setting without echoing its value (it may hold a password)', () => {
		const wrong = () => loadMailConfig({ KOPA_SMTP_URL: 'http://kopa:secret@mail.example.lv' });
		expect(wrong).toThrow(MailConfigError);
		expect(wrong).toThrow('Mail settings are invalid: KOPA_SMTP_URL');
		expect(wrong).not.toThrow(/secret/);
		expect(() => loadMailConfig({ KOPA_MAIL_FROM: 'a@b.lv\r\nBcc: x@y.lv' })).toThrow(
			/KOPA_MAIL_FROM/
		);
	});

	it('the sink refuses to listen beyond loopback', async () => {
		await expect(startSink({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
	});
});
