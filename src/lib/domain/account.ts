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
