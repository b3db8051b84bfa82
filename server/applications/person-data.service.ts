import { applicationsPersonDataRepo } from './person-data.repo';

/** The person's own rows in this area, for the data export composed in server/app/my-data.ts. */
export const applicationsPersonData = {
	applications: applicationsPersonDataRepo.applications.bind(applicationsPersonDataRepo),
	changes: applicationsPersonDataRepo.changes.bind(applicationsPersonDataRepo),
	conflicts: applicationsPersonDataRepo.conflicts.bind(applicationsPersonDataRepo)
};
