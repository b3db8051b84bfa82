import { handleDecisionGet } from '$server/decisions/decision-download';
import { getDb } from '$server/db/client.server';
import type { RequestHandler } from './$types';

/** A decision's PDF, for its applicant and the officers who handle it. */
export const GET: RequestHandler = ({ params, locals }) =>
	handleDecisionGet(getDb(), locals.identity, params.id);
