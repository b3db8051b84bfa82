import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { getTRPCErrorFromUnknown } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import {
	getErrorShape,
	getHTTPStatusCode,
	transformTRPCResponse,
	type AnyProcedure
} from '@trpc/server/unstable-core-do-not-import';
import { appRouter } from '../app/router';
import type { trpcCallOptions } from '../app/http';

/**
 * One tRPC query (`GET /trpc/<path>?input=…`, not batched) answered without building a Fetch
 * `Request` and `Response` for it. Under Node 20 those two objects, their abort signals and
 * the stream the body is read back from cost several times the no-op call itself (issue 15).
 * This does exactly what tRPC's resolveResponse does for that one shape, with tRPC's own
 * functions for the parts that decide anything: the procedure runs through its middlewares
 * and validators, the error shape is the router's errorFormatter's, the status is tRPC's,
 * and the headers are resolveResponse's plus the same responseMeta. Every other request
 * (batches, mutations, a query sent with POST, unparseable input, an unknown path, streams)
 * is left to tRPC's node adapter; that decision is taken before anything runs or is
 * counted. tests/integration/http-security/node-query.test.ts compares the two answers.
 */

type CallOptions = ReturnType<typeof trpcCallOptions>;

/** The query procedure at a path of the flat procedure map (the router has no lazy parts). */
function queryAt(path: string): AnyProcedure | null {
	const procedures: Readonly<Record<string, unknown>> = appRouter._def.procedures;
	if (!Object.hasOwn(procedures, path)) {
		return null;
	}
	const found = procedures[path] as AnyProcedure;
	return found._def.type === 'query' ? found : null;
}

/** The procedure and its parsed input, or null when tRPC's own handler must answer. */
function directCall(
	req: IncomingMessage,
	url: URL,
	path: string
): { procedure: AnyProcedure; input: unknown } | null {
	const contentType = req.headers['content-type'];
	const accept = req.headers.accept ?? '';
	if (
		req.method !== 'GET' ||
		url.searchParams.has('batch') ||
		(contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType)) ||
		req.headers['trpc-accept'] !== undefined ||
		accept.split(',').some((type) => type.trim() === 'application/jsonl') ||
		req.headers['last-event-id'] !== undefined
	) {
		return null;
	}
	const procedure = queryAt(path);
	if (!procedure) {
		return null;
	}
	const raw = url.searchParams.get('input');
	if (!raw) {
		return { procedure, input: undefined };
	}
	try {
		return { procedure, input: JSON.parse(raw) as unknown };
	} catch {
		return null;
	}
}

/** Never aborted: a query answered here is not cancelled when its client leaves. */
const NO_SIGNAL = new AbortController().signal;

async function run(
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	path: string,
	call: { procedure: AnyProcedure; input: unknown },
	options: CallOptions
): Promise<void> {
	const config = appRouter._def._config;
	const info: TRPCRequestInfo = {
		accept: null,
		type: 'query',
		isBatchCall: false,
		calls: [
			{
				batchIndex: 0,
				path,
				procedure: call.procedure,
				getRawInput: () => Promise.resolve(call.input),
				result: () => call.input
			}
		],
		connectionParams: null,
		signal: NO_SIGNAL,
		url
	};
	let ctx: Awaited<ReturnType<CallOptions['createContext']>> | undefined;
	let error: TRPCError | null = null;
	let data: unknown;
	try {
		ctx = options.createContext({ info });
	} catch (cause) {
		error = getTRPCErrorFromUnknown(cause);
	}
	if (!error) {
		try {
			data = await call.procedure({
				path,
				getRawInput: () => Promise.resolve(call.input),
				ctx,
				type: 'query',
				signal: undefined,
				batchIndex: 0
			});
		} catch (cause) {
			error = getTRPCErrorFromUnknown(cause);
		}
	}
	if (error) {
		options.onError({ error, path });
	}
	const untransformed = error
		? { error: getErrorShape({ config, ctx, error, input: call.input, path, type: 'query' }) }
		: { result: { data } };
	const body = JSON.stringify(transformTRPCResponse(config, untransformed));
	res.statusCode = getHTTPStatusCode([untransformed], error ? [error] : []);
	res.setHeader('vary', 'trpc-accept, accept');
	res.setHeader('content-type', 'application/json');
	// responseMeta's headers are other names than these two (cache-control, retry-after).
	options.responseMeta({ errors: error ? [error] : [] }).headers.forEach((value, name) => {
		res.setHeader(name, value);
	});
	res.setHeader('content-length', Buffer.byteLength(body));
	res.end(body);
}

/** Answers the request and returns true, or returns false having touched nothing. */
export function answerQuery(
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	path: string,
	options: CallOptions
): boolean {
	const call = directCall(req, url, path);
	if (!call) {
		return false;
	}
	run(req, res, url, path, call, options).catch((cause: unknown) => {
		console.error(`tRPC ${path} failed to answer`, cause);
		if (!res.headersSent) {
			res.statusCode = 500;
		}
		res.end();
	});
	return true;
}
