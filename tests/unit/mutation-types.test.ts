import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClientSession } from '../../src/lib/client/client-session.svelte';
import type { OutboxRow } from '../../src/lib/client/db';
import { COALESCING, isMutation } from '../../src/lib/client/mutation-traits';
import type { SyncEngine } from '../../src/lib/client/sync-engine';
import { MUTATIONS, type MutationArgs } from '../../src/lib/domain/mutations';

/*
 * The mutation map types every call that queues a change. The `@ts-expect-error` lines are
 * checked by svelte-check (`npm run check` type-checks tests/): if a wrong name or wrong
 * arguments ever compiled again, the directive would be unused and the check would fail.
 * The calls are never run.
 */
function calls(engine: SyncEngine, session: ClientSession) {
	const draft = { id: 'r', municipalityId: 'riga', service: 'education-enrolment', patch: {} };
	void engine.mutate('application.saveDraft', draft, 'r');
	void session.mutate('application.saveDraft', draft, 'r');

	// @ts-expect-error: no such mutation
	void engine.mutate('application.saveDraftt', draft, 'r');
	// @ts-expect-error: no such mutation
	void session.mutate('application.delete', draft, 'r');
	// @ts-expect-error: a submission's arguments are not a draft's
	void engine.mutate('application.submit', draft, 'r');
	// @ts-expect-error: the patch is missing
	void session.mutate('application.saveDraft', { id: 'r', municipalityId: 'riga' }, 'r');
	void session.mutate(
		'information.answer',
		// @ts-expect-error: an answer is text
		{ applicationId: 'a', municipalityId: 'riga', requestId: 'q', answer: 42 },
		'a'
	);
	void engine.mutate(
		'attachment.add',
		{
			attachmentId: 'f',
			recordId: 'r',
			municipalityId: 'riga',
			sha256: 'a'.repeat(64),
			size: 1,
			// @ts-expect-error: only the kinds of file the server takes
			mime: 'text/html',
			filename: 'a.html'
		},
		'r'
	);
}

describe('typed mutations', () => {
	it('types a call’s arguments by its name', () => {
		expectTypeOf<MutationArgs<'application.act'>>().toEqualTypeOf<{
			applicationId: string;
			municipalityId: string;
			action: string;
		}>();
		expectTypeOf(calls).toBeFunction();
	});

	it('narrows an outbox row’s arguments by its name', () => {
		const row = {
			name: 'information.answer',
			args: { applicationId: 'a', municipalityId: 'riga', requestId: 'q', answer: 'Jā' }
		} as OutboxRow;
		if (isMutation(row, 'information.answer')) {
			expectTypeOf(row.args.answer).toEqualTypeOf<string>();
		}
		expect(isMutation(row, 'information.answer')).toBe(true);
		expect(isMutation(row, 'attachment.add')).toBe(false);
	});

	it('declares coalescing only for mutations in the map that carry a patch', () => {
		for (const name of COALESCING) {
			expect(Object.keys(MUTATIONS)).toContain(name);
			expect(MUTATIONS[name].shape).toHaveProperty('patch');
		}
	});
});
