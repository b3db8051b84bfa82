import { z } from 'zod';

/** One of my sessions, as the "my sessions" page lists it. */
export const zMySession = z.object({
	// An opaque handle for revoking it: the stored hash, never the token.
	id: z.string(),
	current: z.boolean(),
	kind: z.enum(['citizen', 'staff']),
	authMethod: z.string(),
	actingFor: z
		.union([
			z.object({ kind: z.literal('company'), registrationNumber: z.string() }),
			z.object({ kind: z.literal('person'), personalCode: z.string() }),
			z.object({ kind: z.literal('institution'), institution: z.string() })
		])
		.nullable(),
	userAgent: z.string().nullable(),
	createdAt: z.number().int(),
	lastActiveAt: z.number().int(),
	expiresAt: z.number().int()
});
export type MySession = z.infer<typeof zMySession>;

export const zRevokeSessionInput = z.object({ id: z.string().min(1).max(100) });

/** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Where my notices are emailed: to each application's own contact (the default), or to one
 * address I chose. Parsed from the /account form as typed, so spaces around it are dropped.
 */
export const zNoticeAddressInput = z.discriminatedUnion('mode', [
	z.object({ mode: z.literal('application') }),
	z.object({
		mode: z.literal('chosen'),
		email: z
			.string()
			.trim()
			.min(1, 'account.noticeEmail.required')
			.max(MAX_EMAIL_LENGTH, 'account.noticeEmail.tooLong')
			.pipe(z.email('field.email'))
	})
]);
export type NoticeAddressInput = z.infer<typeof zNoticeAddressInput>;

export const zNoticeAddress = z.object({ email: z.string().nullable() });
