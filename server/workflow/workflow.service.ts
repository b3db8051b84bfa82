import { workflowRepo } from './workflow.repo';

/** What other areas read of an application's workflow: the officers' requests for more. */
export const workflowRecords = {
	requests: workflowRepo.requests.bind(workflowRepo)
};
