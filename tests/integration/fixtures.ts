import { contentHash } from '../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { Mutation } from '../../src/lib/domain/sync';

/** Honest test data: a complete enrolment application for a Rīga demo institution. */
export const COMPLETE_FIELDS = {
	childGivenName: 'Elza',
	childSurname: 'Bērziņa',
	childPersonalCode: '280817-22341',
	institutionId: 'riga-saulite',
	startDate: '2099-09-01'
};

export function draftAndSubmit(
	firstId: number,
	municipalityId = 'riga',
	fields: Record<string, string> = COMPLETE_FIELDS
): { recordId: string; submissionId: string; mutations: Mutation[] } {
	const recordId = uuidv7();
	const submissionId = uuidv7();
	return {
		recordId,
		submissionId,
		mutations: [
			{
				id: firstId,
				name: 'application.saveDraft',
				args: { id: recordId, municipalityId, service: 'education-enrolment', patch: fields }
			},
			{
				id: firstId + 1,
				name: 'application.submit',
				args: { id: recordId, municipalityId, submissionId, payloadHash: contentHash(fields) }
			}
		]
	};
}
