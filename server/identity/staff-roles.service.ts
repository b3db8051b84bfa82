import { staffRolesRepo } from './staff-roles.repo';

export type { RoleAssignmentRow } from './staff-roles.repo';

/**
 * Staff role rows for the admin area, which grants and revokes them: the rows are this
 * area's tables (`role_assignment`, `person`), so the admin area reaches them only here.
 */
export const staffRoleRecords = {
	listInMunicipality: staffRolesRepo.listInMunicipality.bind(staffRolesRepo),
	listByRole: staffRolesRepo.listByRole.bind(staffRolesRepo),
	findInMunicipality: staffRolesRepo.findInMunicipality.bind(staffRolesRepo),
	findSame: staffRolesRepo.findSame.bind(staffRolesRepo),
	insert: staffRolesRepo.insert.bind(staffRolesRepo),
	delete: staffRolesRepo.delete.bind(staffRolesRepo),
	findPersonByCode: staffRolesRepo.findPersonByCode.bind(staffRolesRepo),
	insertPerson: staffRolesRepo.insertPerson.bind(staffRolesRepo)
};
