import { z } from 'zod';
import { UUID_PATTERN } from './ids';

/**
 * The sync protocol's wire contracts (SYNC.md §1.4–1.5), shared by the browser's sync engine
 * and the server's sync router. Bounds keep a malformed or hostile request a 400, not a
 * server that runs out of memory.
 */

export const SCHEMA_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_LIMIT = 1000;

export const zClientId = z.string().regex(UUID_PATTERN, 'uuid');
export const zRecordId = z.string().regex(UUID_PATTERN, 'uuid');

export const zMutation = z.object({
	id: z.number().int().positive(),
	name: z.string().min(1).max(100),
	args: z.unknown(),
	// The server version of each touched record when the change was made on the device.
	baseVersions: z.record(z.string().max(60), z.number().int().nonnegative()).optional(),
	clientTs: z.number().int().nonnegative().optional()
});
export type Mutation = z.infer<typeof zMutation>;

export const zPushInput = z.object({
	clientId: zClientId,
	schemaVersion: z.number().int().positive(),
	mutations: z.array(zMutation).max(MAX_MUTATIONS_PER_PUSH)
});
export type PushInput = z.infer<typeof zPushInput>;

/**
 * A problem with one field: `message` is a catalogue key; `params` fill its placeholders
 * (e.g. the municipality's maximum period), so the text can say exactly how to fix it.
 */
export const zIssue = z.object({
	path: z.string(),
	message: z.string(),
	params: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional()
});
export type Issue = z.infer<typeof zIssue>;

export const zRejection = z.object({
	code: z.string(),
	issues: z.array(zIssue).optional()
});
export type Rejection = z.infer<typeof zRejection>;

export const zMutationResult = z.discriminatedUnion('status', [
	z.object({
		id: z.number().int(),
		status: z.literal('applied'),
		result: z.record(z.string(), z.unknown()).nullable()
	}),
	z.object({ id: z.number().int(), status: z.literal('rejected'), error: zRejection })
]);
export type MutationResult = z.infer<typeof zMutationResult>;

export const zPushOutput = z.object({
	results: z.array(zMutationResult),
	lastMutationId: z.number().int().nonnegative(),
	// Set when the batch skipped ahead of the server's last mutation id: a client bug or lost
	// client state. Nothing from that mutation on was applied.
	outOfOrder: z.object({ expected: z.number().int() }).optional()
});
export type PushOutput = z.infer<typeof zPushOutput>;

export const zCookie = z.object({ dbEpoch: z.string().max(100), seq: z.number().int().min(0) });
export type Cookie = z.infer<typeof zCookie>;

export const zPullInput = z.object({
	clientId: zClientId,
	schemaVersion: z.number().int().positive(),
	cookie: zCookie.nullable(),
	limit: z.number().int().positive().max(MAX_PULL_LIMIT).optional()
});
export type PullInput = z.infer<typeof zPullInput>;
