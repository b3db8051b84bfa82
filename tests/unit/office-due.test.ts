import { describe, expect, it } from 'vitest';
import { decisionDue } from '../../src/lib/components/office/due';
import { getService } from '../../src/lib/services/registry';

const enrolment = getService('education-enrolment')?.workflow;
const permit = getService('advertising-permit')?.workflow;

describe('the officer’s due day', () => {
	it('is shown while the application waits for the officer', () => {
		expect(decisionDue(enrolment, 'submitted', false)).toBe(true);
		expect(decisionDue(permit, 'in_review', false)).toBe(true);
	});

	it('is not shown once the child is enrolled or the application withdrawn', () => {
		expect(decisionDue(enrolment, 'enrolled', false)).toBe(false);
		expect(decisionDue(enrolment, 'withdrawn', false)).toBe(false);
	});

	it('is not shown once a decision is made', () => {
		expect(decisionDue(permit, 'approved', true)).toBe(false);
		expect(decisionDue(enrolment, 'in_queue', true)).toBe(false);
	});
});
