import { isFinal } from '$lib/services/engine/workflow';
import type { WorkflowDef } from '$lib/services/types';

/**
 * Whether the officer still has a decision due: not once a decision is made or the
 * application is finished (enrolled, withdrawn …). The server keeps the due day it had;
 * showing "Lēmums jāpieņem līdz" after "Uzņemts" read as an open task.
 */
export function decisionDue(
	workflow: WorkflowDef | undefined,
	status: string,
	decided: boolean
): boolean {
	return !decided && !(workflow && isFinal(workflow, status));
}
