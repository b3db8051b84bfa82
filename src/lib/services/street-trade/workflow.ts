import type { WorkflowDef } from '../types';

/**
 * The life of an application: an officer reviews it, may ask for more information as often
 * as needed (the term stops meanwhile, APL Art. 64), and issues the permit with conditions
 * or refuses it. The seller may withdraw until it is decided.
 */
const OPEN = ['submitted', 'in_review', 'information_requested', 'information_provided'] as const;

export const tradeWorkflow: WorkflowDef = {
	pauseStates: ['information_requested'],
	states: ['draft', ...OPEN, 'approved', 'refused', 'withdrawn'],
	transitions: [
		{ from: 'draft', to: 'submitted', action: 'submit', by: 'citizen' },
		{ from: 'submitted', to: 'in_review', action: 'startReview', by: 'officer' },
		{ from: 'submitted', to: 'information_requested', action: 'requestInformation', by: 'officer' },
		{ from: 'in_review', to: 'information_requested', action: 'requestInformation', by: 'officer' },
		{
			from: 'information_requested',
			to: 'information_provided',
			action: 'provideInformation',
			by: 'citizen'
		},
		{ from: 'information_provided', to: 'in_review', action: 'resumeReview', by: 'officer' },
		{
			from: 'information_provided',
			to: 'information_requested',
			action: 'requestInformation',
			by: 'officer'
		},
		{ from: 'in_review', to: 'approved', action: 'approve', by: 'officer' },
		{ from: 'in_review', to: 'refused', action: 'refuse', by: 'officer' },
		...OPEN.map((from) => ({ from, to: 'withdrawn', action: 'withdraw', by: 'citizen' as const }))
	]
};
