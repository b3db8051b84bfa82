import type { WorkflowDef } from '../types';

/**
 * Runs a service's workflow (its states and the transitions each role may take). The
 * platform knows no service's states by name: the server, the queue and the pages ask here
 * which actions are open and where an action leads.
 */
export type WorkflowRole = 'citizen' | 'officer';

/**
 * Officer steps that carry more than a reason (a question to the applicant, a decision
 * document): taken one application at a time on their own forms, never as a bare step and
 * never in bulk.
 */
export const OFFICER_FORM_ACTIONS: ReadonlySet<string> = new Set([
	'requestInformation',
	'approve',
	'refuse'
]);

export type TransitionVerdict =
	| { ok: true; to: string }
	| {
			ok: false;
			/** A catalogue key saying why ("workflow.wrongRole" …). */
			reason:
				| 'workflow.unknownState'
				| 'workflow.unknownAction'
				| 'workflow.wrongRole'
				| 'workflow.notFromState'
				| 'workflow.onlyThroughPlacement';
	  };

/** The actions this role may take from this state, with where each leads. */
export function actionsFor(
	def: WorkflowDef,
	status: string,
	role: WorkflowRole
): { action: string; to: string }[] {
	// A step taken through an area of its own (a placement offer) is never a bare button.
	return def.transitions
		.filter((t) => t.from === status && t.by === role && t.via === undefined)
		.map((t) => ({ action: t.action, to: t.to }));
}

/** Where the action leads, or why it may not be taken (most specific reason first). */
export function transition(
	def: WorkflowDef,
	status: string,
	action: string,
	role: WorkflowRole,
	/** The area taking the step, for steps that may only be taken through it. */
	via?: 'placement'
): TransitionVerdict {
	if (!def.states.includes(status)) {
		return { ok: false, reason: 'workflow.unknownState' };
	}
	const named = def.transitions.filter((t) => t.action === action);
	if (named.length === 0) {
		return { ok: false, reason: 'workflow.unknownAction' };
	}
	const here = named.filter((t) => t.from === status);
	if (here.length === 0) {
		return { ok: false, reason: 'workflow.notFromState' };
	}
	const allowed = here.find((t) => t.by === role);
	if (!allowed) {
		return { ok: false, reason: 'workflow.wrongRole' };
	}
	return allowed.via === via
		? { ok: true, to: allowed.to }
		: { ok: false, reason: 'workflow.onlyThroughPlacement' };
}

/** A state with no way out: the application is finished (decided, enrolled, withdrawn …). */
export function isFinal(def: WorkflowDef, status: string): boolean {
	return !def.transitions.some((t) => t.from === status);
}

/** States in which the term's clock stops (an information request waits for the citizen). */
export function pausesTerm(def: WorkflowDef, status: string): boolean {
	return (def.pauseStates ?? []).includes(status);
}
