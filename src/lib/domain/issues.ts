import type { z } from 'zod';
import type { Issue } from './sync';

/**
 * zod issues as `{ path, message }` pairs whose message is a key of the UI's message
 * catalogue (src/lib/i18n): the same key is shown in Latvian or English, in the browser
 * for its own checks and beside the draft for a server rejection.
 */
export function toIssues(error: z.ZodError): Issue[] {
	return error.issues.map((issue) => ({
		path: issue.path.map(String).join('.'),
		message: knownMessage(issue)
	}));
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
			return 'field.tooLong';
		case 'unrecognized_keys':
			return 'field.unknown';
		case 'invalid_type':
			return issue.input === undefined ? 'field.required' : 'field.invalid';
		default:
			return 'field.invalid';
	}
}
