import type { RoleRow } from './people.repo';

/**
 * Where a person lands after signing in when they were not on their way somewhere: where their
 * work is. Officers process applications in the office, inspectors go to their tasks, municipal
 * admins to their municipality's settings, the platform operator to the platform page. Someone
 * holding several roles lands where the daily work is first (office before inspections before
 * administration); the menu reaches the rest. Citizens land on the home page.
 */
export function landingFor(roles: readonly Pick<RoleRow, 'role' | 'municipalityId'>[]): string {
	const has = (role: RoleRow['role']) => roles.find((r) => r.role === role);
	if (has('officer')) {
		return '/office';
	}
	if (has('inspector')) {
		return '/inspections';
	}
	const admin = has('municipal_admin');
	if (admin) {
		// One municipality: straight to it; /admin picks the first of several.
		const places = new Set(
			roles.filter((r) => r.role === 'municipal_admin').map((r) => r.municipalityId)
		);
		return places.size === 1 && admin.municipalityId
			? `/admin/${encodeURIComponent(admin.municipalityId)}`
			: '/admin';
	}
	if (has('platform_operator')) {
		return '/platform';
	}
	return '/';
}
