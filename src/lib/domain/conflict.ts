import { z } from 'zod';
import { zMunicipalityId } from './names';
import { zRecordId } from './sync';

/** A kept conflict as both the applicant and the officer see it. */
export const zConflictView = z.object({
	id: z.string(),
	applicationId: zRecordId,
	municipalityId: zMunicipalityId,
	field: z.string(),
	kind: z.enum(['hard', 'stale-state']),
	clientValue: z.unknown(),
	serverValue: z.unknown(),
	clientActorRole: z.enum(['citizen', 'officer']),
	serverActorRole: z.enum(['citizen', 'officer']),
	status: z.enum(['open', 'resolved']),
	resolution: z.enum(['client', 'server']).nullable(),
	// The device change that met the other side: that device drops its own refused copy
	// once the conflict holds the values.
	origin: z.object({ clientId: z.string(), mutationId: z.number().int() }).nullable(),
	createdAt: z.number().int()
});
export type ConflictView = z.infer<typeof zConflictView>;

/** Which side's value to keep: the later edit ("client") or the one it met ("server"). */
export const zConflictChoice = z.enum(['client', 'server']);

export const zResolveConflictArgs = z.object({
	conflictId: z.string().min(1).max(60),
	applicationId: zRecordId,
	municipalityId: zMunicipalityId,
	choice: zConflictChoice,
	// The field and the kept value, for the device's own view until the server confirms;
	// the server takes both from the conflict it kept and ignores these.
	field: z.string().max(200).optional(),
	value: z.unknown().optional()
});
export type ResolveConflictArgs = z.infer<typeof zResolveConflictArgs>;
