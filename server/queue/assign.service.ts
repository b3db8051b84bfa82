import type { BatchRefusal, Colleague } from '../../src/lib/domain/queue';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { refusedWith } from '../kernel/refused';
import { applicationRecords, type ApplicationRow } from '../applications/applications.service';
import { people } from '../identity/people.service';

/** Officers of the municipality with a role for `service` (any service when not given). */
export function colleagues(db: DbOrTx, tenant: Tenant, service?: string): Colleague[] {
	const seen = new Set<string>();
	const rows = people
		.holdersOf(db, 'officer', tenant.municipalityId)
		.filter((r) => !service || r.service === null || r.service === service)
		.filter((r) => !seen.has(r.id) && seen.add(r.id));
	return rows.map((r) => ({ id: r.id, name: `${r.givenName} ${r.surname}` }));
}

/**
 * Refuses the whole batch, naming each application and why (the page lists them): one
 * issue per application, its id as the path and its registration number as a parameter.
 */
export function refuseBatch(code: 'BAD_REQUEST' | 'NOT_FOUND', refusals: BatchRefusal[]): never {
	throw refusedWith(
		code,
		refusals.map((r) => ({
			path: r.id,
			message: r.reason,
			...(r.registrationNumber ? { params: { registrationNumber: r.registrationNumber } } : {})
		}))
	);
}

/** The applications of a batch, each in the officer's scope; else the batch is refused. */
export function loadBatch(db: DbOrTx, tenant: Tenant, ids: readonly string[]): ApplicationRow[] {
	const unique = [...new Set(ids)];
	const rows = unique.map((id) => applicationRecords.findSubmitted(db, tenant, id));
	const missing = unique.filter((_, i) => !rows[i]);
	if (missing.length > 0) {
		refuseBatch(
			'NOT_FOUND',
			missing.map((id) => ({ id, registrationNumber: null, reason: 'queue.notFound' }))
		);
	}
	return rows as ApplicationRow[];
}

/**
 * Assigns applications to an officer (the caller, a colleague) or to nobody, all or none:
 * each must be in the caller's scope and the colleague must be an officer of this
 * municipality with a role for each one's e-service. Each assignment is audited.
 */
export function assign(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { ids: readonly string[]; to: string },
	now: number,
	address: string | null = null
): { assigned: number } {
	const assigneeId = input.to === 'me' ? actor.id : input.to === 'none' ? null : input.to;
	return db.transaction((tx) => {
		const apps = loadBatch(tx, tenant, input.ids);
		if (assigneeId !== null) {
			const roles = people.roleServices(tx, assigneeId, 'officer', tenant.municipalityId);
			const allowed = (service: string) => roles.some((held) => held === null || held === service);
			const refused = apps.filter((app) => !allowed(app.service));
			if (refused.length > 0) {
				refuseBatch(
					'BAD_REQUEST',
					refused.map((app) => ({
						id: app.id,
						registrationNumber: app.registrationNumber,
						reason: 'queue.assigneeNotOfficer'
					}))
				);
			}
		}
		const changing = apps.filter((app) => app.assigneeId !== assigneeId);
		if (changing.length > 0) {
			applicationRecords.setAssignee(
				tx,
				tenant.municipalityId,
				changing.map((app) => app.id),
				assigneeId
			);
		}
		for (const app of changing) {
			audit(
				tx,
				{
					action: 'application.assign',
					actor,
					municipalityId: tenant.municipalityId,
					subject: { type: 'application', id: app.id },
					details: {
						registrationNumber: app.registrationNumber,
						from: app.assigneeId,
						to: assigneeId
					},
					address
				},
				now
			);
		}
		return { assigned: changing.length };
	});
}
