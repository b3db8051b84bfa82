import { workflowRepo } from './workflow.repo';

/** What other areas read of an application's workflow: the officers' requests for more. */
export const workflowRecords = {
	requests: workflowRepo.requests.bind(workflowRepo)
};

/**
 * Workflow steps other areas take on an application (placement offers a place, the family's
 * answer to an offer, a lapsed offer), in the caller's transaction, with the workflow's checks.
 */
export { applyTransition } from './transition';
