import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The bridge between the built app and the node server around it (server/http/serve.ts).
 * serve.ts is loaded as its own module graph, next to the build's bundle: had it imported
 * the tRPC router itself, the process would hold two copies of every module, with two
 * database connections and two sets of rate-limit counters. Instead the hooks' init, inside
 * the bundle, registers its handler here under a process-wide symbol, and serve.ts finds it
 * once adapter-node's handler (which runs init) is loaded.
 */

/** Answers the request and returns true, or returns false and leaves it untouched. */
export type NodeApi = (req: IncomingMessage, res: ServerResponse) => boolean;

const KEY = Symbol.for('kopa.node-api');

type Holder = { [KEY]?: NodeApi };

export function registerNodeApi(api: NodeApi): void {
	(globalThis as Holder)[KEY] = api;
}

export function registeredNodeApi(): NodeApi | null {
	return (globalThis as Holder)[KEY] ?? null;
}
