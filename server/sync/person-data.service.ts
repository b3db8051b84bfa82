import { syncPersonDataRepo } from './person-data.repo';

/** The person's own rows in this area, for the data export composed in server/app/my-data.ts. */
export const syncPersonData = {
	devices: syncPersonDataRepo.devices.bind(syncPersonDataRepo)
};
