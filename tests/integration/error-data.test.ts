import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/lib/domain/ids';
import { peopleRepo } from '../../server/identity/people.repo';
import type { RequestIdentity } from '../../server/identity/request-identity';
import { handleTrpcRequest } from '../../server/app/http';
import { freshDb } from './harness';

const db = freshDb();
const officer = peopleRepo.findById(db, 'demo-officer-riga');
const identity: RequestIdentity = {
	person: officer,
	roles: officer ? peopleRepo.rolesOf(db, officer.id) : [],
	sessionId: 'test',
	session: { id: 'test', kind: 'citizen', actingFor: null },
	renewedUntil: null
};

async function call(path: string, input: unknown) {
	const response = await handleTrpcRequest(
		new Request(`http://localhost/trpc/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(input)
		}),
		db,
		identity
	);
	const body = (await response.json()) as {
		error: { message: string; data: { httpStatus: number; issues: unknown[] } };
	};
	return { status: response.status, error: body.error };
}

describe('tRPC errors carry their issues as catalogue keys at their fields', () => {
	it('a question over 4,000 characters: the limit, at the field, not zod’s JSON', async () => {
		const { status, error } = await call('applications.requestInformation', {
			municipalityId: 'riga',
			id: uuidv7(Date.now()),
			baseVersion: 1,
			question: 'x'.repeat(4001)
		});
		expect(status).toBe(400);
		expect(error.data.issues).toEqual([
			{ path: 'question', message: 'field.textTooLong', params: { max: 4000 } }
		]);
	});

	it('a refusal given in developer English carries its status’s sentence instead', async () => {
		const { status, error } = await call('applications.transition', {
			municipalityId: 'riga',
			id: uuidv7(Date.now()),
			action: 'startReview',
			baseVersion: 1
		});
		expect(status).toBe(404);
		expect(error.data.issues).toEqual([{ path: '', message: 'error.status.404' }]);
	});

	it('a refused batch names each application as an issue, never as JSON', async () => {
		const id = uuidv7(Date.now());
		const { status, error } = await call('office.bulkTransition', {
			municipalityId: 'riga',
			ids: [id],
			action: 'startReview'
		});
		expect(status).toBe(404);
		expect(error.message).not.toMatch(/^\[/);
		expect(error.data.issues).toEqual([expect.objectContaining({ path: id })]);
	});
});
