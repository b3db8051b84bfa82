import { z } from 'zod';
import { zIssue, type Issue } from './sync';

/**
 * zod issues as `{ path, message }` pairs whose message is a key of the UI's message
 * catalogue (src/lib/i18n): the same key is shown in Latvian or English, in the browser
 * for its own checks and beside the draft for a server rejection.
 */
export function toIssues(error: z.ZodError): Issue[] {
	return error.issues.map((issue) => {
		const params = boundOf(issue);
		return {
			path: issue.path.map(String).join('.'),
			message: knownMessage(issue),
			...(params ? { params } : {})
		};
	});
}

// Our own schemas give messages as catalogue keys ("personalCode.checksum"); zod's built-in
// messages are English sentences and are mapped to a key by their issue code.
const MESSAGE_KEY = /^[a-z][A-Za-z]*\.[A-Za-z.]+$/;

function knownMessage(issue: z.core.$ZodIssue): string {
	// A text's limit is stated ("ne vairāk kā 4000 rakstzīmju"), whoever gave the message.
	if (issue.code === 'too_big' && issue.origin === 'string' && isTooLong(issue.message)) {
		return 'field.textTooLong';
	}
	if (MESSAGE_KEY.test(issue.message)) {
		return issue.message;
	}
	switch (issue.code) {
		case 'too_big':
			// A number or a list has a limit the message names; a text is simply too long.
			return issue.origin === 'number' || issue.origin === 'int'
				? 'field.tooBig'
				: issue.origin === 'array'
					? 'field.tooMany'
					: 'field.tooLong';
		case 'too_small':
			return issue.origin === 'number' || issue.origin === 'int'
				? 'field.tooSmall'
				: issue.origin === 'array'
					? 'field.tooFew'
					: issue.origin === 'string' && Number(issue.minimum) === 1
						? 'field.required'
						: 'field.invalid';
		case 'unrecognized_keys':
			return 'field.unknown';
		case 'invalid_type':
			return isMissing(issue) ? 'field.required' : 'field.invalid';
		default:
			return 'field.invalid';
	}
}

/**
 * Whether a wrong-type issue is about a value that is not there at all. zod 4 keeps the
 * input out of its issues unless asked (reportInput), but its own message still says what
 * it received; an issue that carries the input is read directly.
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
	return 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** zod's own message, or our generic key for a text over its limit. */
function isTooLong(message: string): boolean {
	return message === 'field.tooLong' || !MESSAGE_KEY.test(message);
}

/** The limit a number, list or text message names ("at most {max}"). */
function boundOf(issue: z.core.$ZodIssue): Record<string, number> | null {
	const counted = ['number', 'int', 'array'];
	if (issue.code === 'too_big' && issue.origin === 'string') {
		return { max: Number(issue.maximum) };
	}
	if (issue.code === 'too_big' && counted.includes(issue.origin)) {
		return { max: Number(issue.maximum) };
	}
	if (issue.code === 'too_small' && counted.includes(issue.origin)) {
		return { min: Number(issue.minimum) };
	}
	return null;
}

/** A message with nothing more specific to say: the person still reads a sentence. */
export const UNEXPECTED = 'error.unexpected';

/** HTTP statuses that have their own sentence in the catalogue (`error.status.<n>`). */
export const STATUS_TEXTS = [400, 401, 403, 404, 409, 413, 429, 500, 503] as const;

/**
 * Any refusal as issues with catalogue keys: a tRPC error met in the browser (its `data`
 * carries the issues, server/trpc/error-data.ts) or on the server (its cause), a zod error,
 * a form action's failure data (`{ issues }`), a blob endpoint's JSON (`{ error: { code } }`),
 * a network failure. Issues keep their field path; an issue about the whole request has
 * the path ''. Never returns a raw text the catalogue does not know: the caller shows
 * every message through the catalogue.
 */
export function issuesOfError(error: unknown): Issue[] {
	return found(error, 0) ?? [{ path: '', message: statusKey(statusOf(error)) }];
}

function found(error: unknown, depth: number): Issue[] | null {
	if (depth > 3 || !error || typeof error !== 'object') {
		return null;
	}
	if (error instanceof z.core.$ZodError) {
		return toIssues(error as z.ZodError);
	}
	const value = error as Record<string, unknown>;
	const listed = issueList(value.issues) ?? issueList(objectOf(value.data)?.issues);
	if (listed) {
		return listed;
	}
	const fromCause = found(value.cause, depth + 1);
	if (fromCause) {
		return fromCause;
	}
	const message = messageOf(value) ?? messageOf(objectOf(value.error));
	if (message !== null) {
		return [{ path: '', message }];
	}
	if (error instanceof TypeError) {
		// fetch() rejects with a TypeError when the request never got an answer.
		return [{ path: '', message: 'error.network' }];
	}
	return null;
}

function objectOf(value: unknown): Record<string, unknown> | null {
	return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

function issueList(value: unknown): Issue[] | null {
	const parsed = z.array(zIssue).min(1).safeParse(value);
	return parsed.success ? parsed.data : null;
}

/** A catalogue key given as the message; an English developer's text is not shown. */
function messageOf(value: Record<string, unknown> | null): string | null {
	const message = value?.message;
	if (typeof message !== 'string') {
		return null;
	}
	if (MESSAGE_KEY.test(message)) {
		return message;
	}
	return null;
}

// tRPC's codes, for an error met on the server before it became an HTTP answer.
const CODE_STATUS: Record<string, number> = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	PAYLOAD_TOO_LARGE: 413,
	TOO_MANY_REQUESTS: 429,
	INTERNAL_SERVER_ERROR: 500
};

function statusOf(error: unknown): number | null {
	const value = objectOf(error);
	const data = objectOf(value?.data);
	const status = data?.httpStatus ?? value?.status;
	if (typeof status === 'number') {
		return status;
	}
	return typeof value?.code === 'string' ? (CODE_STATUS[value.code] ?? null) : null;
}

/** The sentence for an HTTP status; a status without its own sentence gets the generic one. */
export function statusKey(status: number | null): string {
	return STATUS_TEXTS.some((s) => s === status) ? `error.status.${status}` : UNEXPECTED;
}
