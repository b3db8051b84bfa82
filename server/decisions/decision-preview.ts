import { TRPCError } from '@trpc/server';
import type { DecisionPreview } from '../../src/lib/domain/decision-preview';
import { getService } from '../../src/lib/services/registry';
import { municipalContext } from '../applications/applications.shared';
import type { DbOrTx } from '../db/client.server';
import type { Tenant } from '../kernel/trpc';
import { applicationRecords } from '../applications/applications.service';

/**
 * What approving this application would issue, from the same service capabilities the
 * decision uses (register facts, fee): the officer confirms it before deciding.
 */
export function decisionPreview(
	db: DbOrTx,
	tenant: Tenant,
	id: string,
	now: number
): DecisionPreview {
	const app = applicationRecords.findSubmitted(db, tenant, id);
	const def = app ? getService(app.service) : undefined;
	if (!app || !def) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	const facts = def.register?.facts(app.data) ?? null;
	const fee = def.fee?.(app.data, municipalContext(db, app.municipalityId, def, now)) ?? null;
	return {
		service: def.id,
		permit: facts
			? {
					kind: facts.kind,
					location: facts.location,
					validFrom: facts.validFrom,
					validTo: facts.validTo
				}
			: null,
		fee: fee ? { totalCents: fee.totalCents, lines: [...fee.lines] } : null
	};
}
