import { identityPersonDataRepo } from './person-data.repo';

/** The person's own rows in this area, for the data export composed in server/app/my-data.ts. */
export const identityPersonData = {
	person: identityPersonDataRepo.person.bind(identityPersonDataRepo),
	roles: identityPersonDataRepo.roles.bind(identityPersonDataRepo),
	sessions: identityPersonDataRepo.sessions.bind(identityPersonDataRepo)
};
