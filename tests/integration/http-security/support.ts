import type { Handle, RequestEvent } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../server/db/client.server';
import { createRateLimits, type LimitConfig, type RateLimits } from '../../../server/kernel/limits';
import { peopleRepo } from '../../../server/identity/people.repo';
import type { RequestIdentity } from '../../../server/identity/request-identity';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';

export const APP = 'https://kopa.example.lv';

/** The identity hooks would find for a signed-in demo person. */
export function identityOf(db: Db, personId: string): RequestIdentity {
	const person = peopleRepo.findById(db, personId);
	if (!person) {
		throw new Error(`no demo person ${personId}`);
	}
	return {
		person,
		roles: peopleRepo.rolesOf(db, person.id),
		sessionId: `session-${personId}`,
		session: { id: `session-${personId}`, kind: 'citizen', actingFor: null },
		renewedUntil: null
	};
}

/** A clock the test moves, and limits that run on it. */
export function testLimits(config: Partial<LimitConfig> = {}): {
	limits: RateLimits;
	advance: (ms: number) => void;
} {
	let t = 1_700_000_000_000;
	const limits = createRateLimits(
		{
			signIn: { person: null, address: 1000 },
			push: { person: 1000, address: 1000 },
			upload: { person: 1000, address: 1000 },
			myData: { person: 1000, address: 1000 },
			search: { person: 1000, address: 1000 },
			...config
		},
		() => t
	);
	return { limits, advance: (ms) => (t += ms) };
}

/** A one-draft push from a new client (applies on any fresh database). */
export function pushBody(): string {
	const id = randomUUID();
	return JSON.stringify({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'application.saveDraft',
				args: {
					id,
					municipalityId: 'riga',
					service: 'education-enrolment',
					patch: { childGivenName: 'Ella' }
				}
			}
		]
	});
}

/**
 * Handles run in order, as `sequence` from @sveltejs/kit/hooks runs them (which needs Kit's
 * request store, present only inside a running server).
 */
export function chain(...handles: Handle[]): Handle {
	return ({ event, resolve }) =>
		handles.reduceRight<(e: RequestEvent) => ReturnType<Handle>>(
			(next, handle) => (e) => handle({ event: e, resolve: next }),
			(e) => resolve(e)
		)(event);
}

/**
 * A request through SvelteKit handles, as adapter-node would hand it over: only the parts
 * of the event the handles read are real (the cast says so); `resolve` stands for the
 * routes and answers 200 "reached".
 */
export async function throughHandles(
	handle: Handle,
	request: Request,
	options: { address?: string; identity?: RequestIdentity | null } = {}
): Promise<Response> {
	const event = {
		request,
		url: new URL(request.url),
		getClientAddress: () => options.address ?? '192.0.2.10',
		locals: { identity: options.identity ?? null }
	} as unknown as RequestEvent;
	return handle({ event, resolve: () => new Response('reached', { status: 200 }) });
}
