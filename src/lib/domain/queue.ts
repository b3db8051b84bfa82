import { z } from 'zod';
import { zApplicationStatus, zServiceId } from './application';
import { zCalendarDate } from './calendar/dates';
import { zActionName } from './office';
import { zRecordId } from './sync';

/**
 * The officers' queue: its filters (the page keeps them in the address, so a filtered view
 * is a link), its rows and counts, assignment and bulk actions; and how the words the queue's
 * search finds are normalised, shared by what is stored and what is asked.
 */

export const QUEUE_PAGE_SIZE = 50;
/** Bulk actions take at most this many applications at once (two pages). */
export const MAX_BULK = 100;
/** A bulk status change takes at most this many (four pages). */
export const MAX_BULK_TRANSITION = 200;

export const QUEUE_SORTS = ['submitted', 'due', 'status'] as const;
export const QUEUE_DUE = ['overdue', 'dueSoon'] as const;

const zQueued = zApplicationStatus.exclude(['draft']);
const zWord = z.string().trim().min(1).max(60);
/** A person's id (demo people have readable ids, real ones UUIDs). */
export const zPersonId = z.string().min(1).max(60);
/** 'me', 'none' (unassigned) or a colleague's person id. */
export const zAssigneeFilter = z.union([z.literal('me'), z.literal('none'), zPersonId]);

export const zQueueFilter = z
	.object({
		service: zServiceId.optional(),
		status: z.array(zQueued).max(20).optional(),
		institution: zWord.optional(),
		priorityGround: zWord.optional(),
		submittedFrom: zCalendarDate.optional(),
		submittedTo: zCalendarDate.optional(),
		assignee: zAssigneeFilter.optional(),
		due: z.enum(QUEUE_DUE).optional(),
		q: z.string().trim().max(80).optional(),
		sort: z.enum(QUEUE_SORTS).default('submitted'),
		page: z.number().int().min(1).max(100_000).default(1)
	})
	.refine((f) => !f.submittedFrom || !f.submittedTo || f.submittedFrom <= f.submittedTo, {
		message: 'queue.dateRange',
		path: ['submittedTo']
	});
export type QueueFilter = z.output<typeof zQueueFilter>;
export type QueueFilterInput = z.input<typeof zQueueFilter>;

export const zDueStatus = z.enum(['overdue', 'dueSoon', 'onTime']);

export const zQueueRow = z.object({
	id: zRecordId,
	service: zServiceId,
	status: zApplicationStatus,
	version: z.number().int(),
	registrationNumber: z.string().nullable(),
	submittedAt: z.number().int().nullable(),
	summary: z.string(),
	assigneeId: z.string().nullable(),
	assigneeName: z.string().nullable(),
	dueOn: z.string().nullable(),
	dueStatus: zDueStatus.nullable(),
	/** The workflow steps an officer may take on it from the queue, in bulk (no own form). */
	bulkActions: z.array(z.string())
});
export type QueueRow = z.infer<typeof zQueueRow>;

export const zQueuePage = z.object({
	rows: z.array(zQueueRow),
	/** Rows matching every filter (the pages count from it). */
	total: z.number().int(),
	/** Per status, rows matching every filter but the status: the tabs. */
	counts: z.record(z.string(), z.number().int()),
	page: z.number().int(),
	pageSize: z.number().int()
});
export type QueuePage = z.infer<typeof zQueuePage>;

export const zAssignTarget = z.union([z.literal('me'), z.literal('none'), zPersonId]);
export const zBulkIds = z.array(zRecordId).min(1).max(MAX_BULK);

export const zBulkTransitionInput = z.object({
	ids: z.array(zRecordId).min(1).max(MAX_BULK_TRANSITION),
	action: zActionName,
	reason: z.string().trim().min(1, 'field.required').max(2000, 'field.tooLong').optional()
});
export type BulkTransitionInput = z.infer<typeof zBulkTransitionInput>;

export const zBulkTransitionResult = z.object({
	changed: z.number().int(),
	results: z.array(z.object({ id: z.string(), status: z.string(), version: z.number().int() }))
});

export const zColleague = z.object({ id: z.string(), name: z.string() });
export type Colleague = z.infer<typeof zColleague>;

/** Why one application of a batch could not be changed (the whole batch is refused). */
export const zBatchRefusal = z.object({
	id: z.string(),
	registrationNumber: z.string().nullable(),
	reason: z.string()
});
export type BatchRefusal = z.infer<typeof zBatchRefusal>;

// ---- search words -----------------------------------------------------------------------

/** 'Liepiņa' → 'liepina': lower case, accents and Latvian long marks dropped. */
export function foldDiacritics(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The words of a text, lower case, NFC. Quotes of every kind („Demo“, “Demo”, «Demo»,
 * "Demo", 'Demo') and other punctuation separate words and are never part of one, so
 * SIA “Demo Reklāma” is `sia`, `demo`, `reklāma`. Letters (with their marks), digits and the
 * hyphen and slash inside codes and double names (010203-20007, Liepiņa-Ozola) are kept;
 * a hyphen or slash at a word's edge is dropped.
 */
export function textWords(text: string): string[] {
	return text
		.toLocaleLowerCase('lv')
		.normalize('NFC')
		.replace(/[^\p{L}\p{M}\p{N}\-/]+/gu, ' ')
		.split(' ')
		.map((word) => word.replace(/^[-/]+|[-/]+$/g, ''))
		.filter((word) => word !== '');
}

/** How a typed query is compared: its first four words, as typed (diacritics kept if typed). */
export function normaliseQuery(text: string): string[] {
	return textWords(text).slice(0, 4);
}

/**
 * The words stored for one text: each word in lower case with and without diacritics, and
 * codes with and without their dashes and slashes (010203-20007 and 01020320007), plus
 * the parts of a hyphenated word (a double surname found by either half).
 */
export function searchTokens(text: string): string[] {
	const tokens = new Set<string>();
	for (const word of textWords(text)) {
		const forms = [word, word.replace(/[-/]/g, ''), ...word.split(/[-/]/)];
		for (const form of forms) {
			if (form !== '') {
				tokens.add(form.slice(0, 80));
				tokens.add(foldDiacritics(form).slice(0, 80));
			}
		}
	}
	return [...tokens];
}
