import type { z } from 'zod';
import type { Issue } from './sync';

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

/** The limit a number or list message names ("at most {max}"). */
function boundOf(issue: z.core.$ZodIssue): Record<string, number> | null {
	const counted = ['number', 'int', 'array'];
	if (issue.code === 'too_big' && counted.includes(issue.origin)) {
		return { max: Number(issue.maximum) };
	}
	if (issue.code === 'too_small' && counted.includes(issue.origin)) {
		return { min: Number(issue.minimum) };
	}
	return null;
}
