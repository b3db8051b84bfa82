import { z } from 'zod';

/** The in-app notices of the signed-in person (server/notifications). */

export const zNoticeKind = z.enum([
	'application-submitted',
	'information-requested',
	'information-provided',
	'decision-made',
	'status-changed',
	'inspection-assigned'
]);
export type NoticeKind = z.infer<typeof zNoticeKind>;

const zLocalized = z.object({ lv: z.string(), en: z.string() });

export const zNotice = z.object({
	id: z.string(),
	kind: zNoticeKind,
	applicationRef: z.string(),
	municipalityName: zLocalized,
	serviceTitle: zLocalized,
	/** Where in Kopa the notice leads (a path on this site), or null. */
	path: z.string().nullable(),
	/** For a decision: approved or refused. */
	outcome: z.enum(['approved', 'refused']).nullable(),
	/** For a step the officer took: the state it is in now. */
	state: zLocalized.nullable(),
	createdAt: z.number().int(),
	read: z.boolean()
});
export type Notice = z.infer<typeof zNotice>;

/** A page, newest first; `before` is the `next` of the previous page. */
export const zNoticeCursor = z.object({ createdAt: z.number().int(), id: z.string().max(100) });
export const zListNoticesInput = z
	.object({
		limit: z.number().int().min(1).max(50).default(20),
		before: zNoticeCursor.optional()
	})
	.default({ limit: 20 });

export const zNoticePage = z.object({
	items: z.array(zNotice),
	next: zNoticeCursor.nullable()
});
export type NoticePage = z.infer<typeof zNoticePage>;

/** Marks the given notices read, or all of them. */
export const zMarkReadInput = z.union([
	z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(100) }),
	z.object({ all: z.literal(true) })
]);

/** The language the person uses in the app: their emails are written in it. */
export const zSetLanguageInput = z.object({ lang: z.enum(['lv', 'en']) });
