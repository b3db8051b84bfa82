import { describe, expect, it } from 'vitest';
import { historyEntries } from '../../src/lib/components/office/timeline';
import type { TimelineEntry } from '../../src/lib/domain/office';

const step = (at: number, action: string, reason: string | null): TimelineEntry => ({
	kind: 'transition',
	at,
	action,
	from: 'in_review',
	to: 'information_requested',
	actor: 'Ilze Krūmiņa',
	role: 'officer',
	reason
});

describe('the officer’s history', () => {
	const question = 'Lūdzu, pievienojiet bāriņtiesas lēmumu.';
	const request: TimelineEntry = {
		kind: 'request',
		at: 2000,
		id: 'r1',
		question,
		requestedBy: 'Ilze Krūmiņa',
		answer: 'Pievienoju.',
		answeredAt: 3000,
		answerFiles: []
	};

	it('shows a request for information once, not also as the step it made', () => {
		const entries = [
			step(1000, 'startReview', null),
			step(2000, 'requestInformation', question),
			request,
			step(3000, 'answer', 'Pievienoju.')
		];
		expect(historyEntries(entries)).toEqual([entries[0], request]);
	});

	it('keeps a step whose reason is its own, even with the same words at another time', () => {
		const entries = [
			step(2000, 'requestInformation', question),
			request,
			step(5000, 'x', question)
		];
		expect(historyEntries(entries)).toEqual([request, entries[2]]);
	});
});
