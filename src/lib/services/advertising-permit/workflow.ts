import type { WorkflowDef } from '../types';

/**
 * The life of an application (issue 6 runs the officer actions). An officer may ask for more
 * information as often as needed; the citizen's answer puts it back in review. When the place
 * is at a cultural monument (answers.nearMonument = 'yes'), the officer sends it to the
 * National Heritage Board before deciding (`needsHeritageApproval` in rules.ts), and the
 * longer processing term applies. The citizen may withdraw until it is decided.
 */
const OPEN = [
	'submitted',
	'in_review',
	'information_requested',
	'information_provided',
	'heritage_approval'
] as const;

export const permitWorkflow: WorkflowDef = {
	// The term stops while the family or the company is asked for more (APL Art. 64).
	pauseStates: ['information_requested'],
	// The longer term starts when the heritage board is asked: the applicant is told.
	notifyApplicantOn: ['heritage_approval'],
	states: ['draft', ...OPEN, 'approved', 'refused', 'withdrawn'],
	transitions: [
		{ from: 'draft', to: 'submitted', action: 'submit', by: 'citizen' },
		{ from: 'submitted', to: 'in_review', action: 'startReview', by: 'officer' },
		{ from: 'in_review', to: 'information_requested', action: 'requestInformation', by: 'officer' },
		// Something plainly missing can be asked for before the review starts.
		{ from: 'submitted', to: 'information_requested', action: 'requestInformation', by: 'officer' },
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
		{
			from: 'in_review',
			to: 'heritage_approval',
			action: 'requestHeritageApproval',
			by: 'officer'
		},
		{ from: 'heritage_approval', to: 'in_review', action: 'recordHeritageOpinion', by: 'officer' },
		{ from: 'in_review', to: 'approved', action: 'approve', by: 'officer' },
		{ from: 'in_review', to: 'refused', action: 'refuse', by: 'officer' },
		...OPEN.map((from) => ({ from, to: 'withdrawn', action: 'withdraw', by: 'citizen' as const }))
	]
};
