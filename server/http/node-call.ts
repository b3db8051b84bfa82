import type { IncomingMessage, ServerResponse } from 'node:http';
import { getTRPCErrorFromUnknown, TRPCError } from '@trpc/server';
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
 * One tRPC call that is not batched (`GET /trpc/<query>?input=…`, or `POST /trpc/<mutation>`
 * with a JSON body of known length) answered without building a Fetch `Request` and
 * `Response` for it. Under Node 20 those two objects, their abort signals and the stream the
 * body is read back from cost several times a no-op call itself (issue 15). This does
 * exactly what tRPC's resolveResponse does for these two shapes, with tRPC's own functions
 * for the parts that decide anything: the context is made first (the rate limits), the input
 * is read and parsed only when the procedure's input parser asks for it (a body that is no
 * JSON is the same BAD_REQUEST), the procedure runs through its middlewares and validators,
 * the error shape is the router's errorFormatter's, the status is tRPC's, and the headers
 * are resolveResponse's plus the same responseMeta. Every other request (batches, a query
 * POSTed or a mutation sent as GET, an unknown path, a body of unknown length or past the
 * size limit, streams) is left to tRPC's node adapter; that is decided before anything runs,
 * is counted or is read. tests/integration/http-security/node-trpc.test.ts compares the
 * answers of both ways.
 */

type CallOptions = ReturnType<typeof trpcCallOptions>;
type CallType = 'query' | 'mutation';

/** The procedure of a type at a path of the flat procedure map (the router has no lazy parts). */
function procedureAt(path: string, type: CallType): AnyProcedure | null {
	const procedures: Readonly<Record<string, unknown>> = appRouter._def.procedures;
	if (!Object.hasOwn(procedures, path)) {
		return null;
	}
	const found = procedures[path] as AnyProcedure;
	return found._def.type === type ? found : null;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

type DirectCall = {
	procedure: AnyProcedure;
	type: CallType;
	/** The raw input text: the `input` parameter or the body, read on first need. */
	readRaw: () => Promise<string | undefined>;
};

/** The call, or null when tRPC's own handler must answer. */
function directCall(
	req: IncomingMessage,
	url: URL,
	path: string,
	bodySizeLimit: number | null
): DirectCall | null {
	const contentType = req.headers['content-type'];
	const accept = req.headers.accept ?? '';
	if (
		url.searchParams.has('batch') ||
		(contentType !== undefined && !JSON_TYPE.test(contentType)) ||
		req.headers['trpc-accept'] !== undefined ||
		accept.split(',').some((type) => type.trim() === 'application/jsonl') ||
		req.headers['last-event-id'] !== undefined
	) {
		return null;
	}
	if (req.method === 'GET') {
		const procedure = procedureAt(path, 'query');
		const raw = url.searchParams.get('input') || undefined;
		return procedure ? { procedure, type: 'query', readRaw: () => Promise.resolve(raw) } : null;
	}
	const length = Number(req.headers['content-length'] ?? Number.NaN);
	if (
		req.method !== 'POST' ||
		contentType === undefined ||
		req.headers['transfer-encoding'] !== undefined ||
		!Number.isSafeInteger(length) ||
		(bodySizeLimit !== null && length > bodySizeLimit)
	) {
		return null;
	}
	const procedure = procedureAt(path, 'mutation');
	return procedure ? { procedure, type: 'mutation', readRaw: () => readBody(req) } : null;
}

/** The body as text, as `Request.text()` decodes it (UTF-8, a leading BOM dropped). */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		chunks.push(chunk as Buffer);
	}
	return new TextDecoder().decode(Buffer.concat(chunks)) || undefined;
}

/** The input parsed once, failing as tRPC's memo fails (its errors kept, others BAD_REQUEST). */
function inputReader(call: DirectCall) {
	let parsed: { value: unknown } | null = null;
	let pending: Promise<unknown> | null = null;
	return {
		read: (): Promise<unknown> => {
			if (parsed) {
				return Promise.resolve(parsed.value);
			}
			pending ??= call.readRaw().then((raw) => {
				const value = raw === undefined ? undefined : (JSON.parse(raw) as unknown);
				parsed = { value };
				return value;
			});
			return pending.catch((cause: unknown) => {
				if (cause instanceof TRPCError) {
					throw cause;
				}
				throw new TRPCError({
					code: 'BAD_REQUEST',
					message: cause instanceof Error ? cause.message : 'Invalid input',
					cause
				});
			});
		},
		result: (): unknown => parsed?.value
	};
}

/** Never aborted: a call answered here is not cancelled when its client leaves. */
const NO_SIGNAL = new AbortController().signal;

async function run(
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	path: string,
	call: DirectCall,
	options: CallOptions
): Promise<void> {
	const config = appRouter._def._config;
	const { type } = call;
	const input = inputReader(call);
	const info: TRPCRequestInfo = {
		accept: null,
		type,
		isBatchCall: false,
		calls: [
			{
				batchIndex: 0,
				path,
				procedure: call.procedure,
				getRawInput: input.read,
				result: input.result
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
				getRawInput: input.read,
				ctx,
				type,
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
		? { error: getErrorShape({ config, ctx, error, input: input.result(), path, type }) }
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
export function answerCall(
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	path: string,
	bodySizeLimit: number | null,
	options: CallOptions
): boolean {
	const call = directCall(req, url, path, bodySizeLimit);
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
