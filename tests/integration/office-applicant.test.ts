import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mapIdentifier } from '../../server/identity/latvija/identifiers';
import { peopleRepo } from '../../server/identity/people.repo';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../server/identity/sessions.service';
import { TEST_PERSONS } from '../../server/idp-standin/test-persons';
import { createContext } from '../../server/kernel/context';
import { createCaller } from '../../server/app/router';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { completeFieldsFor, draftAndSubmit } from './fixtures';
import { callerFor, count, freshDb } from './harness';
import { insertQueued } from './queue/queue-world';

// Issue 13 item 12: the officer's application page names who applied, from the server.

type Db = ReturnType<typeof freshDb>;
const ANNA = { name: 'Anna Bērziņa', personalCode: '150385-12346' };
const JANIS = { name: 'Jānis Kalniņš', personalCode: '020790-12345' };

const opens = (db: Db, id: string) =>
	count(
		db,
		"SELECT count(*) AS n FROM audit_event WHERE action = 'application.open' AND subject_id = ?",
		id
	);

describe('applications.get names the applicant for the officers of its municipality', () => {
	it('gives the officer of the municipality the applicant’s name and personal code, audited', async () => {
		const db = freshDb();
		const id = insertQueued(db, { municipalityId: 'riga', applicantId: 'demo-citizen-anna' });
		const opened = await callerFor(db, 'demo-officer-riga').applications.get({
			municipalityId: 'riga',
			id
		});
		expect(opened.applicant).toEqual({ ...ANNA, company: null, delegate: null });
		expect(opens(db, id)).toBe(1);
	});

	it('gives another municipality’s officer nothing: no applicant, no code, nothing audited', async () => {
		const db = freshDb();
		const id = insertQueued(db, { municipalityId: 'riga', applicantId: 'demo-citizen-anna' });
		const liepaja = callerFor(db, 'demo-officer-liepaja');
		for (const municipalityId of ['liepaja', 'riga']) {
			const answer = await liepaja.applications.get({ municipalityId, id }).then(
				(out) => ({ code: 'OK', text: JSON.stringify(out) }),
				(e: { code?: string }) => ({ code: e.code ?? 'THROWN', text: JSON.stringify(e) })
			);
			expect(['NOT_FOUND', 'FORBIDDEN']).toContain(answer.code);
			expect(answer.text).not.toContain(ANNA.personalCode);
			expect(answer.text).not.toContain('Bērziņa');
		}
		// Nor does a citizen, the applicant included: this is the officers' view.
		await expect(
			callerFor(db, 'demo-citizen-anna').applications.get({ municipalityId: 'riga', id })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(opens(db, id)).toBe(0);
	});

	it('names the company a signatory applied for, with its registration number', async () => {
		const db = freshDb();
		const id = insertQueued(db, {
			service: 'advertising-permit',
			applicantId: 'demo-citizen-anna',
			data: {
				applicantType: 'company',
				companyName: 'SIA Reklāmas Demo',
				registrationNumber: 'LV 4020 3123 456',
				permitKind: 'sign',
				address: { text: 'Brīvības iela 1, Rīga' }
			}
		});
		const opened = await callerFor(db, 'demo-officer-riga').applications.get({
			municipalityId: 'riga',
			id
		});
		expect(opened.applicant).toEqual({
			...ANNA,
			company: { name: 'SIA Reklāmas Demo', registrationNumber: '40203123456' },
			delegate: null
		});
	});

	it('names who acted under a power of attorney beside the grantor who owns it', async () => {
		const db = freshDb();
		const delegated = TEST_PERSONS.find((p) => p.key === 'delegated-janis');
		const token = generateSessionToken();
		createSession(db, token, {
			personId: 'demo-citizen-janis',
			kind: 'citizen',
			authMethod: 'latvija',
			actingFor: mapIdentifier(delegated?.identifier ?? '')?.actingFor ?? null
		});
		const { session, person } = validateSessionToken(db, token);
		if (!session) {
			throw new Error('no session');
		}
		const delegate = createCaller(
			createContext(db, {
				person,
				roles: peopleRepo.rolesOf(db, person.id),
				session: { id: session.id, kind: session.kind, actingFor: session.actingFor ?? null }
			})
		);
		const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
		const pushed = await delegate.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations
		});
		expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);

		const opened = await callerFor(db, 'demo-officer-riga').applications.get({
			municipalityId: 'riga',
			id
		});
		expect(opened.applicant).toEqual({ ...ANNA, company: null, delegate: JANIS });
	});
});
