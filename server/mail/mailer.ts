import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { z } from 'zod';
import { describeSmtpUrl, loadMailConfig, type MailConfig } from './config';

/** One message to one person: notifications never share a To line between people. */
export const zMailMessage = z.object({
	to: z.email().max(254),
	subject: z
		.string()
		.trim()
		.min(1)
		.max(400)
		.regex(/^[^\r\n]*$/),
	text: z.string().min(1).max(100_000),
	html: z.string().min(1).max(300_000).optional(),
	/**
	 * Set by an outbox worker to the outbox row's id (e.g. `<row-id@kopa>`), so a retry after
	 * a lost reply carries the same Message-ID and mail clients show one message, not two.
	 */
	messageId: z
		.string()
		.max(250)
		.regex(/^<[^\s<>@]+@[^\s<>@]+>$/)
		.optional()
});
export type MailMessage = z.input<typeof zMailMessage>;

/**
 * What happened to one message. `retryable` says whether sending the same message later may
 * succeed (the relay was unreachable or answered 4xx), as opposed to never (mail is off, the
 * message is invalid, the relay answered 5xx).
 */
export type SendResult =
	{ ok: true; id: string } | { ok: false; error: string; retryable: boolean };

export type Mailer = {
	/** False when there is no relay configured: every send answers ok:false, retryable:false. */
	readonly isOn: boolean;
	/** Sends one message; never throws or rejects. */
	send(message: MailMessage): Promise<SendResult>;
	/** Closes pooled connections (with ?pool=true); safe to call more than once. */
	close(): void;
};

export type MailerOptions = {
	/** How long to wait for the relay to connect and greet (ms). Socket idle limit is 3×. */
	timeoutMs?: number;
	/** Where problems are reported; console.warn by default. */
	log?: (line: string) => void;
};

const DEFAULT_TIMEOUT_MS = 10_000;

// Codes that no retry will fix: the relay refused us or the message (unless it said 4xx).
const PERMANENT_CODES = new Set([
	'EAUTH',
	'ENOAUTH',
	'EOAUTH2',
	'EENVELOPE',
	'EMESSAGE',
	'ECONFIG',
	'EREQUIRETLS',
	'EMAXRECIPIENTS',
	'EFILEACCESS',
	'EURLACCESS'
]);

function failure(e: unknown): { ok: false; error: string; retryable: boolean } {
	const err = (e ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
	const code = typeof err.code === 'string' ? err.code : 'EUNKNOWN';
	const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
	const message = typeof err.message === 'string' ? err.message : String(e);
	// An SMTP reply is the relay's own verdict (RFC 5321 §4.2.1): 4xx transient, 5xx permanent.
	// Without one, the connection failed, which is worth another try unless the code says not.
	const retryable =
		responseCode !== null ? responseCode >= 400 && responseCode < 500 : !PERMANENT_CODES.has(code);
	return { ok: false, error: `${code}: ${message}`.slice(0, 1000), retryable };
}

function offMailer(reason: string, log: (line: string) => void): Mailer {
	log(`Mail is off (${reason}); notifications will not be sent.`);
	return {
		isOn: false,
		send: () => Promise.resolve({ ok: false, error: `Mail is off: ${reason}`, retryable: false }),
		close: () => {}
	};
}

/** A mailer for the given settings; with no relay configured, one that sends nothing. */
export function createMailer(config: MailConfig, options: MailerOptions = {}): Mailer {
	const log = options.log ?? ((line: string) => console.warn(line));
	if (!config.smtpUrl) {
		return offMailer('KOPA_SMTP_URL is not set', log);
	}
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const relay = describeSmtpUrl(config.smtpUrl);
	let transport: Transporter<SMTPTransport.SentMessageInfo>;
	const transportOptions: SMTPTransport.Options = {
		url: config.smtpUrl,
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs * 3,
		// Notifications are our own text: never let a message pull in a file or a URL.
		disableFileAccess: true,
		disableUrlAccess: true
	};
	try {
		transport = nodemailer.createTransport(transportOptions, { from: config.from });
	} catch (e) {
		return offMailer(`the relay settings were refused: ${failure(e).error}`, log);
	}

	async function send(message: MailMessage): Promise<SendResult> {
		const parsed = zMailMessage.safeParse(message);
		if (!parsed.success) {
			const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
			return { ok: false, error: `Invalid message: ${fields}`, retryable: false };
		}
		const m = parsed.data;
		try {
			const info = await transport.sendMail({
				to: m.to,
				subject: m.subject,
				text: m.text,
				html: m.html,
				messageId: m.messageId,
				// RFC 3834: tells auto-responders (holiday replies) not to answer a notification.
				headers: { 'Auto-Submitted': 'auto-generated' }
			});
			if (info.rejected.length > 0) {
				return { ok: false, error: `The relay refused the recipient`, retryable: false };
			}
			return { ok: true, id: info.messageId };
		} catch (e) {
			const result = failure(e);
			// The recipient's address stays out of the log: it is personal data.
			log(`Mail${m.messageId ? ` ${m.messageId}` : ''} via ${relay} not sent: ${result.error}`);
			return result;
		}
	}

	return {
		isOn: true,
		send: (message) => send(message).catch((e: unknown) => failure(e)),
		close: () => transport.close()
	};
}

let processMailer: Mailer | undefined;

/**
 * The process's mailer, from KOPA_SMTP_URL and KOPA_MAIL_FROM, made on first use. Wrong
 * settings turn mail off with one logged line instead of failing anybody's request; call
 * loadMailConfig at start to refuse them early instead.
 */
export function defaultMailer(): Mailer {
	if (!processMailer) {
		let config: MailConfig;
		try {
			config = loadMailConfig(process.env);
		} catch (e) {
			processMailer = offMailer(e instanceof Error ? e.message : String(e), console.warn);
			return processMailer;
		}
		processMailer = createMailer(config);
		if (config.smtpUrl) {
			console.log(`Mail goes through ${describeSmtpUrl(config.smtpUrl)} as ${config.from}`);
		}
	}
	return processMailer;
}

/** Sends one message through the process's mailer; never throws. */
export function sendMail(message: MailMessage): Promise<SendResult> {
	return defaultMailer().send(message);
}

/** Closes the process's mailer, e.g. on shutdown; the next send makes a new one. */
export function closeDefaultMailer(): void {
	processMailer?.close();
	processMailer = undefined;
}
