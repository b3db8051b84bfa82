import type { Payload } from './arbitraries';

/**
 * Turns a payload into the HTTP request a client would send to /trpc (GET with ?input= for
 * queries, POST with a JSON body for mutations, as @trpc/client does), or a deliberately
 * wrong one, and judges the answer: below 500, and tRPC's JSON envelope.
 */

export const ORIGIN = 'http://localhost:5173';

export const TRANSPORTS = [
	'normal',
	'batch',
	'wrong method',
	'text/plain body',
	'form body',
	'no content type'
] as const;
export type Transport = (typeof TRANSPORTS)[number];

const JSON_HEADERS = { origin: ORIGIN, 'content-type': 'application/json' };

export function requestFor(
	path: string,
	type: string,
	payload: Payload,
	transport: Transport
): Request {
	const asQuery = (type === 'query') !== (transport === 'wrong method');
	const batch = transport === 'batch';
	// A batch of the same call twice: its input is an object keyed by call index.
	const text =
		batch && payload.text !== undefined
			? `{"0":${payload.text},"1":${payload.text}}`
			: payload.text;
	const target = batch ? `${path},${path}` : path;
	const search = new URLSearchParams();
	if (batch) {
		search.set('batch', '1');
	}
	if (asQuery) {
		if (text !== undefined) {
			search.set('input', text);
		}
		const query = search.toString();
		return new Request(`${ORIGIN}/trpc/${target}${query ? `?${query}` : ''}`, {
			headers: { origin: ORIGIN }
		});
	}
	const headers: Record<string, string> = { ...JSON_HEADERS };
	if (transport === 'text/plain body') {
		headers['content-type'] = 'text/plain';
	} else if (transport === 'form body') {
		headers['content-type'] = 'application/x-www-form-urlencoded';
	} else if (transport === 'no content type') {
		delete headers['content-type'];
	}
	const query = search.toString();
	return new Request(`${ORIGIN}/trpc/${target}${query ? `?${query}` : ''}`, {
		method: 'POST',
		headers,
		body: text ?? ''
	});
}

/** What is wrong with the answer, or null: a status below 500 and a well-formed body. */
export async function problemWith(response: Response): Promise<string | null> {
	const body = await response.text();
	if (response.status >= 500) {
		return `status ${response.status}: ${body.slice(0, 300)}`;
	}
	const type = response.headers.get('content-type') ?? '';
	if (!type.includes('application/json')) {
		// The origin and content-type check answers in plain words, before tRPC is reached.
		return response.status === 415 || response.status === 403
			? null
			: `status ${response.status} with ${type || 'no content type'}: ${body.slice(0, 200)}`;
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return `status ${response.status}, body is not JSON: ${body.slice(0, 200)}`;
	}
	const envelopes = Array.isArray(parsed) ? parsed : [parsed];
	for (const envelope of envelopes) {
		const wrong = envelopeProblem(envelope, Array.isArray(parsed) ? null : response.status);
		if (wrong) {
			return `status ${response.status}: ${wrong}: ${body.slice(0, 200)}`;
		}
	}
	return null;
}

function envelopeProblem(envelope: unknown, status: number | null): string | null {
	if (envelope === null || typeof envelope !== 'object') {
		return 'not an object';
	}
	const e = envelope as { result?: unknown; error?: unknown };
	if ('result' in e === 'error' in e) {
		return 'neither (or both) result and error';
	}
	if ('result' in e) {
		return e.result !== null && typeof e.result === 'object' ? null : 'result is not an object';
	}
	const error = e.error as { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } };
	if (typeof error?.message !== 'string' || typeof error.data?.code !== 'string') {
		return 'error without message or code';
	}
	const httpStatus = error.data.httpStatus;
	if (typeof httpStatus !== 'number' || httpStatus >= 500) {
		return `error status ${String(httpStatus)}`;
	}
	return status === null || httpStatus === status ? null : `error says ${httpStatus}`;
}
