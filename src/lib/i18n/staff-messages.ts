import { queueEn, queueLv } from '../components/office/queue/queue-messages';
import { inspectionListEn, inspectionListLv } from './inspection-list-messages';
import { inspectionOfficeEn, inspectionOfficeLv } from './inspection-office-messages';
import { inspectionFormEn, inspectionFormLv } from './inspection-form-messages';

/**
 * Staff-only texts (the office queue, inspections in the office and in the field): a chunk
 * of their own (decision 0018), loaded by the staff routes' layouts and for a signed-in
 * person with a staff role, so a citizen's home and form never fetch them. A new staff
 * `xxx-messages.ts` = one import + one spread line here; texts citizens can meet (their
 * refusals, sync, the header's links) belong in messages.ts.
 */
export const staffLv = {
	...queueLv,
	...inspectionListLv,
	...inspectionOfficeLv,
	...inspectionFormLv
} as const;

export type StaffKey = keyof typeof staffLv;

export const staffEn: Record<StaffKey, string> = {
	...queueEn,
	...inspectionListEn,
	...inspectionOfficeEn,
	...inspectionFormEn
};
