import type { EServiceDefinition } from '../../src/lib/services/types';
import type { DbOrTx } from '../db/client.server';
import { applicationLink } from './links';
import { notify } from './notify';
import type { NoticeApplication } from './recipient';

/**
 * On submission, in the submission's transaction: the person gets the "received" notice,
 * emailed (when mail is on) to the contact this application gives, or to the address they
 * chose in /account (./recipient.ts). The contact is not copied onto the person: notices
 * about another application keep going to that one's own contact.
 */
export function noticeOfSubmission(
	tx: DbOrTx,
	input: {
		app: { id: string; service: string; applicantId: string; data: unknown };
		/** The application as the recipient sees it (applicationRecords.noticeFacts). */
		about: NoticeApplication | null;
		service: Pick<EServiceDefinition, 'title'>;
		municipality: { id: string; nameLv: string; nameEn: string };
		registrationNumber: string;
		now: number;
	}
): string {
	const { app, service } = input;
	return notify(tx, {
		personId: app.applicantId,
		municipalityId: input.municipality.id,
		applicationId: app.id,
		about: input.about,
		kind: 'application-submitted',
		payload: {
			municipalityName: { lv: input.municipality.nameLv, en: input.municipality.nameEn },
			serviceTitle: service.title,
			applicationRef: input.registrationNumber,
			link: applicationLink(input.municipality.id, app.service, app.id)
		},
		now: input.now
	});
}
