import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { peopleRepo } from '../../server/identity/people.repo';
import { createContext, type SessionInfo } from '../../server/kernel/context';
import { createCaller } from '../../server/app/router';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { SCHEMA_VERSION, type MutationResult } from '../../src/lib/domain/sync';
import { freshDb } from './harness';

const REG = '40203123456';
// Honest permit answers of a company, incomplete on purpose (no files): the submission is
// refused, and what matters is whether the company check is among the reasons.
const answers = {
	applicantType: 'company',
	companyName: 'SIA Reklāmas Demo',
	registrationNumber: REG,
	permitKind: 'sign',
	address: { text: 'Brīvības iela 1, Rīga' }
};

async function submitAs(actingFor: SessionInfo['actingFor']): Promise<string[]> {
	const db = freshDb();
	const person = peopleRepo.findById(db, 'demo-citizen-liga');
	const caller = createCaller(
		createContext(db, {
			person,
			roles: [],
			session: { id: 'test', kind: 'citizen', actingFor }
		})
	);
	const id = randomUUID();
	const out = await caller.sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'application.saveDraft',
				args: { id, municipalityId: 'riga', service: 'advertising-permit', patch: answers }
			},
			{
				id: 2,
				name: 'application.submit',
				args: {
					id,
					municipalityId: 'riga',
					submissionId: randomUUID(),
					payloadHash: contentHash(answers)
				}
			}
		]
	});
	const submitted: MutationResult | undefined = out.results[1];
	expect(out.results[0]?.status).toBe('applied');
	expect(submitted?.status).toBe('rejected');
	return submitted?.status === 'rejected'
		? (submitted.error.issues ?? []).map((i) => `${i.path}:${i.message}`)
		: [];
}

describe('a permit applied for on behalf of a company', () => {
	it('needs the session of that company’s signatory, taken from the sign-in, not the device', async () => {
		expect(await submitAs({ kind: 'company', registrationNumber: REG })).not.toContain(
			'registrationNumber:permit.notCompanySignatory'
		);
		expect(await submitAs(null)).toContain('registrationNumber:permit.notCompanySignatory');
		expect(await submitAs({ kind: 'company', registrationNumber: '40003032949' })).toContain(
			'registrationNumber:permit.notCompanySignatory'
		);
	});
});
