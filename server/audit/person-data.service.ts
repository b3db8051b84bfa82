import { auditPersonDataRepo } from './person-data.repo';

/** The person's own rows in this area, for the data export composed in server/app/my-data.ts. */
export const auditPersonData = {
	asActor: auditPersonDataRepo.asActor.bind(auditPersonDataRepo),
	ofApplications: auditPersonDataRepo.ofApplications.bind(auditPersonDataRepo)
};
