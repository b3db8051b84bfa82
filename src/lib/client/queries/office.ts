import { z } from 'zod';
import { zDecisionPreview, type DecisionPreview } from '../../domain/decision-preview';
import { zInspectionView, type InspectionView } from '../../domain/inspection';
import { zDecisionView, type DecisionView } from '../../domain/office';
import { trpc } from '../trpc';

/**
 * The officer's calls from the browser (staff work online). What the application page shows
 * comes from its load (one data path: the page's load data, read again with `invalidateAll`
 * after each of these); here are the steps an officer takes and what a form asks for on
 * demand. Each names its tRPC procedure once, so a moved procedure is one line here.
 */

type Input<F extends (input: never) => unknown> = Parameters<F>[0];

export function transition(input: Input<typeof trpc.applications.transition.mutate>) {
	return trpc.applications.transition.mutate(input);
}

export function requestInformation(
	input: Input<typeof trpc.applications.requestInformation.mutate>
) {
	return trpc.applications.requestInformation.mutate(input);
}

export function addNote(input: Input<typeof trpc.applications.addNote.mutate>) {
	return trpc.applications.addNote.mutate(input);
}

export function editFields(input: Input<typeof trpc.applications.editFields.mutate>) {
	return trpc.applications.editFields.mutate(input);
}

export function resolveConflict(input: Input<typeof trpc.applications.resolveConflict.mutate>) {
	return trpc.applications.resolveConflict.mutate(input);
}

/** The service's template for a decision's text, as paragraphs. */
export async function decisionTemplate(
	input: Input<typeof trpc.decisions.decisionTemplate.query>
): Promise<string[]> {
	return z.array(z.string()).parse(await trpc.decisions.decisionTemplate.query(input));
}

/** What a decision would issue (permit kind, place, period, fee), to confirm before deciding. */
export async function decisionPreview(
	input: Input<typeof trpc.decisions.decisionPreview.query>
): Promise<DecisionPreview> {
	return zDecisionPreview.parse(await trpc.decisions.decisionPreview.query(input));
}

export async function decide(
	input: Input<typeof trpc.decisions.decide.mutate>
): Promise<DecisionView> {
	return zDecisionView.parse(await trpc.decisions.decide.mutate(input));
}

/** Inspectors' reports of unpermitted ads in a municipality (the queue's link counts them). */
export async function inspectionReports(municipalityId: string): Promise<InspectionView[]> {
	return z
		.array(zInspectionView)
		.parse(await trpc.inspections.list.query({ municipalityId, kind: 'report' }));
}
