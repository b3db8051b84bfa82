import type { SyncTransport } from './sync-engine';
import { trpc } from './trpc';

export const trpcTransport: SyncTransport = {
	push: (input) => trpc.sync.push.mutate(input),
	pull: (input) => trpc.sync.pull.mutate(input)
};
