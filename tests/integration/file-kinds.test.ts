import { describe, expect, it } from 'vitest';
import { fileKindIssues } from '../../server/applications/file-kinds';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import { COMPLETE_FIELDS } from './fixtures';

const PROOF = '01900000-0000-7000-8000-0000000000a1';
const withProof = { ...COMPLETE_FIELDS, priorityGrounds: ['sibling'], priorityProof: [PROOF] };

describe('file kinds a field takes, checked again on the server at submission', () => {
	it('refuses a HEIC photo where the field takes PDF, JPG and PNG only, naming them', () => {
		expect(
			fileKindIssues(educationEnrolmentFull, withProof, [{ id: PROOF, mime: 'image/heic' }])
		).toEqual([
			{ path: 'priorityProof', message: 'file.kindNotAllowed', params: { kinds: 'PDF, JPG, PNG' } }
		]);
	});

	it('accepts a kind the field takes, ignores files of hidden fields and ids it cannot see', () => {
		expect(
			fileKindIssues(educationEnrolmentFull, withProof, [{ id: PROOF, mime: 'application/pdf' }])
		).toEqual([]);
		// No ground claimed: the proof field is not asked, so its files are not judged here.
		const hidden = { ...withProof, priorityGrounds: [] };
		expect(
			fileKindIssues(educationEnrolmentFull, hidden, [{ id: PROOF, mime: 'image/heic' }])
		).toEqual([]);
		expect(fileKindIssues(educationEnrolmentFull, withProof, [])).toEqual([]);
	});
});
