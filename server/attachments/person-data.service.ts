import { attachmentsPersonDataRepo } from './person-data.repo';

/** The person's own rows in this area, for the data export composed in server/app/my-data.ts. */
export const attachmentsPersonData = {
	attachments: attachmentsPersonDataRepo.attachments.bind(attachmentsPersonDataRepo)
};
