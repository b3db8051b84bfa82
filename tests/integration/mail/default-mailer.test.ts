import { createServer, type Socket } from 'node:net';
import { afterEach, expect, it, vi } from 'vitest';
import {
	closeDefaultMailer,
	createMailer,
	defaultMailer,
	sendMail
} from '../../../server/mail/mailer';
import { startSink } from '../../../server/mail/sink';

// The process-wide mailer reads process.env; vitest runs each file in its own process.
afterEach(() => {
	closeDefaultMailer();
	delete process.env.KOPA_SMTP_URL;
	delete process.env.KOPA_MAIL_FROM;
	vi.restoreAllMocks();
});

it('sendMail uses KOPA_SMTP_URL and KOPA_MAIL_FROM', async () => {
	const sink = await startSink({ port: 0 });
	process.env.KOPA_SMTP_URL = sink.url;
	process.env.KOPA_MAIL_FROM = 'Rīgas pašvaldība <kopa@riga.example.lv>';
	vi.spyOn(console, 'log').mockImplementation(() => {});
	const result = await sendMail({ to: 'a@example.lv', subject: 'Sveiki', text: 'ā' });
	expect(result.ok).toBe(true);
	const m = await sink.waitFor(() => true);
	expect(m.envelope.from).toBe('kopa@riga.example.lv');
	expect(m.from).toContain('Rīgas pašvaldība');
	closeDefaultMailer();
	await sink.close();
});

it('without settings mail is off, said once, and sending is a quiet refusal', async () => {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	expect(defaultMailer().isOn).toBe(false);
	for (let i = 0; i < 3; i++) {
		await expect(sendMail({ to: 'a@example.lv', subject: 'x', text: 'x' })).resolves.toMatchObject({
			ok: false,
			retryable: false
		});
	}
	expect(warn).toHaveBeenCalledTimes(1);
});

it('a wrong KOPA_SMTP_URL turns mail off instead of failing the request', async () => {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	process.env.KOPA_SMTP_URL = 'mailto:kopa:secret@example.lv';
	const result = await sendMail({ to: 'a@example.lv', subject: 'x', text: 'x' });
	expect(result).toMatchObject({ ok: false, retryable: false });
	expect(!result.ok && result.error).toMatch(/KOPA_SMTP_URL/);
	expect(warn).toHaveBeenCalledTimes(1);
	expect(String(warn.mock.calls[0]?.[0])).not.toMatch(/secret/);
});

it('a relay that accepts the connection but never answers times out as retryable', async () => {
	const sockets = new Set<Socket>();
	const silent = createServer((socket) => sockets.add(socket));
	await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
	const address = silent.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const mailer = createMailer(
		{ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'a@kopa.invalid' },
		{ timeoutMs: 300, log: () => {} }
	);
	const result = await mailer.send({ to: 'a@example.lv', subject: 'x', text: 'x' });
	expect(result).toMatchObject({ ok: false, retryable: true });
	mailer.close();
	for (const socket of sockets) {
		socket.destroy();
	}
	await new Promise((done) => silent.close(done));
});
