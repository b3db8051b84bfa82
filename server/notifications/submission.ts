import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { EServiceDefinition } from '../../src/lib/services/types';
import type { ApplicationRow } from '../applications/applications.repo';
import type { DbOrTx } from '../db/client.server';
import { person } from '../db/schema/identity';
import type { municipality } from '../db/schema/municipality';
import { applicationLink } from './links';
import { notify } from './notify';

const zAddress = z.email().max(254);

/**
 * On submission, in the submission's transaction: the contact address the application gives
 * becomes the person's address for notices (the last one given wins), and the person gets
 * the "received" notice, emailed when there is an address and mail is on.
 */
export function noticeOfSubmission(
	tx: DbOrTx,
	input: {
		app: Pick<ApplicationRow, 'id' | 'service' | 'applicantId' | 'data'>;
		service: Pick<EServiceDefinition, 'title' | 'contactEmail'>;
		municipality: Pick<typeof municipality.$inferSelect, 'id' | 'nameLv' | 'nameEn'>;
		registrationNumber: string;
		now: number;
	}
): string {
	const { app, service } = input;
	const given = zAddress.safeParse(service.contactEmail?.(app.data)?.trim());
	if (given.success) {
		tx.update(person).set({ email: given.data }).where(eq(person.id, app.applicantId)).run();
	}
	return notify(tx, {
		personId: app.applicantId,
		municipalityId: input.municipality.id,
		applicationId: app.id,
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
