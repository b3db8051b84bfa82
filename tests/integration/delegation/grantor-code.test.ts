import { describe, expect, it } from 'vitest';
import { mapIdentifier } from '../../../server/identity/latvija/identifiers';
import { peopleRepo } from '../../../server/identity/people.repo';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../../server/identity/sessions.service';
import { TEST_PERSONS } from '../../../server/idp-standin/test-persons';
import { createContext } from '../../../server/kernel/context';
import { createCaller } from '../../../server/app/router';
import { freshDb } from '../harness';

type Db = ReturnType<typeof freshDb>;

// Jānis acts for Anna under a power of attorney: the stand-in's `DP:` test person.
const DELEGATED = TEST_PERSONS.find((p) => p.key === 'delegated-janis');
const ANNA_CODE = '150385-12346';

/** Jānis signed in with the `DP:` identifier, as the Latvija.lv sign-in makes the session. */
function delegateCaller(db: Db) {
	const mapped = mapIdentifier(DELEGATED?.identifier ?? '');
	expect(mapped?.actingFor).toEqual({ kind: 'person', personalCode: ANNA_CODE });
	const token = generateSessionToken();
	createSession(db, token, {
		personId: 'demo-citizen-janis',
		kind: 'citizen',
		authMethod: 'latvija',
		actingFor: mapped?.actingFor ?? null,
		userAgent: 'Phone'
	});
	const { session, person } = validateSessionToken(db, token);
	if (!session) {
		throw new Error('no session');
	}
	return createCaller(
		createContext(db, {
			person,
			roles: peopleRepo.rolesOf(db, person.id),
			session: { id: session.id, kind: session.kind, actingFor: session.actingFor ?? null }
		})
	);
}

/** The code in any of its written forms: with or without the hyphen. */
const fullCode = new RegExp(`${ANNA_CODE.slice(0, 6)}-?${ANNA_CODE.slice(7)}`);

describe('a delegate never sees the grantor’s full personal code', () => {
	it('is masked in my sessions', async () => {
		const db = freshDb();
		const sessions = await delegateCaller(db).account.sessions();
		expect(JSON.stringify(sessions)).not.toMatch(fullCode);
		expect(sessions[0]?.actingFor).toEqual({ kind: 'person', personalCode: '150385-*****' });
	});

	it('is masked in the my-data export', async () => {
		const db = freshDb();
		const exported = await delegateCaller(db).account.myData();
		expect(JSON.stringify(exported)).not.toMatch(fullCode);
		expect(JSON.stringify(exported)).toContain('150385-*****');
	});
});
