import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { zCaseInput } from '../../src/lib/domain/placement-views';
import { applicationRecords } from '../applications/applications.service';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { placementRepo } from './placement.repo';

/**
 * An officer's handling of an individual case: a commission decision (the child goes above
 * every group) or a correction of evidence (a group added or removed), with the reason.
 * Kept as its own row that the next run's snapshot applies, and written to the audit log.
 */
export function recordCase(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: z.infer<typeof zCaseInput>,
	now: number
): { id: string } {
	return db.transaction((tx) => {
		const app = applicationRecords.findSubmitted(tx, tenant, input.applicationId);
		if (!app) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
		}
		if ((input.kind === 'commission') !== (input.value === 'grant')) {
			throw new TRPCError({ code: 'BAD_REQUEST', message: 'placement.case.valueForKind' });
		}
		const id = uuidv7(now);
		placementRepo.insertCase(tx, {
			id,
			municipalityId: tenant.municipalityId,
			applicationId: app.id,
			kind: input.kind,
			fact: input.fact,
			value: input.value,
			reason: input.reason,
			actorId: actor.id,
			createdAt: now
		});
		audit(
			tx,
			{
				action: 'placement.case',
				actor,
				municipalityId: tenant.municipalityId,
				subject: { type: 'application', id: app.id },
				details: { kind: input.kind, fact: input.fact, value: input.value, reason: input.reason }
			},
			now
		);
		return { id };
	});
}

export function casesOfApplication(db: DbOrTx, municipalityId: string, applicationId: string) {
	return placementRepo.casesOf(db, municipalityId, [applicationId]).map((c) => ({
		id: c.id,
		kind: c.kind,
		fact: c.fact,
		value: c.value,
		reason: c.reason,
		createdAt: c.createdAt
	}));
}
