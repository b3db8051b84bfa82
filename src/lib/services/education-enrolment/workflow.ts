import type { WorkflowDef } from '../types';

/**
 * The life of an enrolment application (issue 6 runs the actions). After review it joins
 * the municipality's queue; when a place is free the officer offers it and the family
 * accepts or declines; an accepted place ends in enrolment. An officer may ask for more
 * information as often as needed. The family may withdraw until the child is enrolled.
 */
const OPEN = [
	'submitted',
	'in_review',
	'information_requested',
	'information_provided',
	'in_queue',
	'offered',
	'accepted'
] as const;

export const enrolmentWorkflow: WorkflowDef = {
	// The term stops while the family or the company is asked for more (APL Art. 64).
	pauseStates: ['information_requested'],
	// The family hears when the child joins the queue, is offered a place, the offer lapses,
	// and the child is enrolled.
	notifyApplicantOn: ['in_queue', 'offered', 'declined', 'enrolled'],
	states: ['draft', ...OPEN, 'declined', 'enrolled', 'withdrawn', 'refused'],
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
		{ from: 'in_review', to: 'in_queue', action: 'addToQueue', by: 'officer' },
		{ from: 'in_review', to: 'refused', action: 'refuse', by: 'officer' },
		// A place is offered by a published placement run (issue 16), naming the institution,
		// group, language, start and reply deadline; the family answers that offer.
		{ from: 'in_queue', to: 'offered', action: 'offerPlace', by: 'officer', via: 'placement' },
		{ from: 'offered', to: 'accepted', action: 'acceptPlace', by: 'citizen', via: 'placement' },
		{ from: 'offered', to: 'declined', action: 'declinePlace', by: 'citizen', via: 'placement' },
		// An offer not answered in the municipality's term lapses (Rīga: the place is offered on).
		{ from: 'offered', to: 'declined', action: 'lapseOffer', by: 'officer', via: 'placement' },
		// Where the municipality keeps an unanswered family in the queue (placement settings),
		// the lapsed offer returns the application there for the next run.
		{ from: 'offered', to: 'in_queue', action: 'returnToQueue', by: 'officer', via: 'placement' },
		// Rolling rounds: a child holding an accepted seat may be offered a choice ranked above
		// it; declining that offer, or letting it lapse, keeps the seat held.
		{ from: 'accepted', to: 'offered', action: 'offerPlace', by: 'officer', via: 'placement' },
		{ from: 'offered', to: 'accepted', action: 'keepHeldPlace', by: 'citizen', via: 'placement' },
		{
			from: 'offered',
			to: 'accepted',
			action: 'lapseToHeldPlace',
			by: 'officer',
			via: 'placement'
		},
		{ from: 'accepted', to: 'enrolled', action: 'enrol', by: 'officer' },
		...OPEN.map((from) => ({ from, to: 'withdrawn', action: 'withdraw', by: 'citizen' as const }))
	]
};

/**
 * States in which the family may still change the answers: until the child enters the
 * candidate list, i.e. a place is offered (Rīga regulations No. 191, point 16), except
 * while an officer is reviewing (the platform's rule: answers do not move under a reviewer).
 */
export const ENROLMENT_EDITABLE_STATES: readonly string[] = [
	'draft',
	'submitted',
	'information_requested',
	'in_queue'
];
