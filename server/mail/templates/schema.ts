import { z } from 'zod';

/**
 * What a notification needs, by kind. Every value here ends up in a subject line or in HTML,
 * so one-line fields refuse line breaks and control characters (a subject with a line break
 * is a header injection) and links must be http(s) (a javascript: link in an email is a trap).
 */

// Tabs, line breaks and the other C0/C1 controls: never inside a one-line value.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const oneLine = (max: number) =>
	z
		.string()
		.trim()
		.min(1)
		.max(max)
		.refine((s) => !CONTROL.test(s), 'control characters are not allowed');

const zLocalized = z.object({ lv: oneLine(200), en: oneLine(200) });
const zLink = z
	.url({ protocol: /^https?$/ })
	.max(2000)
	.refine((s) => !CONTROL.test(s), 'control characters are not allowed');

export const zMailLang = z.enum(['lv', 'en']);
export type MailLang = z.infer<typeof zMailLang>;

const base = {
	/** The recipient's language. */
	lang: zMailLang,
	municipalityName: zLocalized,
	serviceTitle: zLocalized,
	/** The application's registration number, e.g. RIGA-2025-000123. */
	applicationRef: oneLine(60),
	/** Where the recipient opens the application in Kopa. */
	link: zLink
};

export const zNotification = z.discriminatedUnion('kind', [
	/** To the applicant, once the application reached the municipality. */
	z.object({ kind: z.literal('application-submitted'), ...base }),
	/** To the applicant: the officer's question; the link opens the answer form. */
	z.object({
		kind: z.literal('information-requested'),
		...base,
		question: z.string().trim().min(1).max(4000),
		/** The date (YYYY-MM-DD, Latvian calendar day) the answer is expected by, if any. */
		answerBy: z.iso.date().optional()
	}),
	/** To the assigned officer: the applicant answered; the link opens the case. */
	z.object({ kind: z.literal('information-provided'), ...base }),
	/** To the applicant: the decision, with its PDF. */
	z.object({
		kind: z.literal('decision-made'),
		...base,
		outcome: z.enum(['approved', 'refused']),
		/** Where the decision's PDF is downloaded (after signing in). */
		pdfLink: zLink,
		/** An approved permit's number and last valid day (YYYY-MM-DD), if the service issues one. */
		permitNumber: oneLine(60).optional(),
		validUntil: z.iso.date().optional()
	}),
	/** To the applicant: an officer took a step they should know of (a place offered …). */
	z.object({
		kind: z.literal('status-changed'),
		...base,
		/** The state the application is in now, named in both languages. */
		state: zLocalized,
		/** The officer's reason, if they gave one. */
		reason: z.string().trim().min(1).max(2000).optional()
	}),
	/** To an inspector: a task was given to them; the link opens it in their app. */
	z.object({
		kind: z.literal('inspection-assigned'),
		...base,
		/** The kind of inspection, named in both languages. */
		state: zLocalized,
		/** The day it is due (YYYY-MM-DD), if set. */
		dueOn: z.iso.date().optional()
	})
]);

export type NotificationInput = z.input<typeof zNotification>;
export type Notification = z.infer<typeof zNotification>;
export type NotificationKind = Notification['kind'];
