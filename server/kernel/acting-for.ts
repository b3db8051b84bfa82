/**
 * On whose behalf a session acts (stored with the session, `session.acting_for`): a company
 * (`UR:`), a grantor under a power of attorney (`DP:`) or an institution (`AU:`). Apart, with
 * no imports, because the identity schema stores it and the kernel's context carries it.
 */
export type ActingFor =
	| { kind: 'company'; registrationNumber: string }
	| { kind: 'person'; personalCode: string }
	| { kind: 'institution'; institution: string };
