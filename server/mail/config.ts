import { z } from 'zod';

/**
 * Outgoing mail settings, from the environment. Mail is optional: without KOPA_SMTP_URL Kopa
 * runs with mail off (notifications are not sent), because a municipality may set up its
 * mail relay after it starts using Kopa.
 */
export type MailConfig = {
	/** Where to hand messages over, e.g. smtp://127.0.0.1:2525; null = mail off. */
	smtpUrl: string | null;
	/** The From header of every message. */
	from: string;
};

export const DEFAULT_MAIL_FROM = 'Kopa <noreply@kopa.invalid>';

/** One mailbox, bare or with a display name ("Kopa <noreply@example.lv>"); never two lines. */
const MAILBOX = /^(?:[^<>\r\n@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const zEnv = z.object({
	// smtps:// is TLS from the first byte; smtp:// upgrades with STARTTLS when the relay offers
	// it. Query options (?pool=true) go to nodemailer as they are.
	KOPA_SMTP_URL: z.url({ protocol: /^smtps?$/, hostname: z.regexes.hostname }).optional(),
	KOPA_MAIL_FROM: z.string().trim().max(320).regex(MAILBOX).optional()
});

export class MailConfigError extends Error {}

type Env = Record<string, string | undefined>;

/**
 * The mail settings, or a MailConfigError naming the setting that is wrong (never its value:
 * the URL may hold the relay's password). Empty values count as unset.
 */
export function loadMailConfig(env: Env): MailConfig {
	const present = {
		KOPA_SMTP_URL: env.KOPA_SMTP_URL?.trim() || undefined,
		KOPA_MAIL_FROM: env.KOPA_MAIL_FROM?.trim() || undefined
	};
	const parsed = zEnv.safeParse(present);
	if (!parsed.success) {
		const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
		throw new MailConfigError(`Mail settings are invalid: ${fields}`);
	}
	return {
		smtpUrl: parsed.data.KOPA_SMTP_URL ?? null,
		from: parsed.data.KOPA_MAIL_FROM ?? DEFAULT_MAIL_FROM
	};
}

/** The relay's address without credentials, for logs. */
export function describeSmtpUrl(smtpUrl: string): string {
	const url = new URL(smtpUrl);
	return `${url.protocol}//${url.host}`;
}
