import { zPullOutput } from '../domain/application';
import { zPushOutput } from '../domain/sync';
import type { SyncTransport } from './sync-engine';
import { trpc } from './trpc';

// Answers are parsed with the shared contracts: what the engine writes to IndexedDB has
// the shape it expects, even from a server of another version.
export const trpcTransport: SyncTransport = {
	push: async (input) => zPushOutput.parse(await trpc.sync.push.mutate(input)),
	pull: async (input) => zPullOutput.parse(await trpc.sync.pull.mutate(input))
};
