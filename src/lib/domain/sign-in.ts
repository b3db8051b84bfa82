import { z } from 'zod';

/**
 * Why a sign-in did not finish, as the login page tells the person: the link between the
 * identity provider's answer and our request ran out (expired), they pressed Cancel there
 * (cancelled), the provider vouched for someone Kopa cannot accept (not_allowed), the answer
 * failed a check (invalid), or it had been used already (replayed).
 */
export const SIGN_IN_ERRORS = [
	'expired',
	'cancelled',
	'not_allowed',
	'invalid',
	'replayed'
] as const;
export const zSignInError = z.enum(SIGN_IN_ERRORS);
export type SignInError = z.infer<typeof zSignInError>;

/**
 * Where to go after signing in: a path on this site only. `//host` and `/\host` are refused,
 * as browsers read both as another site.
 */
export const zReturnTo = z
	.string()
	.max(500)
	.regex(/^\/(?![/\\])[^\s]*$/);

/** The provider's answer as form fields (WS-Federation passive profile). */
export const zSignInResponse = z.object({
	wa: z.literal('wsignin1.0').optional(),
	wresult: z.string().min(1).optional(),
	wctx: z.string().min(1).max(200)
});

/**
 * On whose behalf the signed-in person acts, as the browser may know it (and cache offline):
 * a company's registration number or an institution's code, but never a grantor's personal
 * code.
 */
export const zMeActingFor = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('company'), registrationNumber: z.string() }),
	z.object({ kind: z.literal('institution'), institution: z.string() }),
	z.object({ kind: z.literal('person') })
]);
export type MeActingFor = z.infer<typeof zMeActingFor>;
