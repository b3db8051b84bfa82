import type { CheckKey } from '../../src/lib/domain/inspection';
import { inspectionSetup } from '../../src/lib/services/advertising-permit/inspection-setup';
import type { PermitSettings } from '../../src/lib/services/advertising-permit/settings';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { serviceSetup } from '../service-settings/service-settings.service';

/** The only e-service with field inspections so far. */
export const INSPECTED_SERVICE = 'advertising-permit';

/** The checklist and position limits the municipality sets for this kind of permit now. */
export function setupFor(
	db: DbOrTx,
	municipalityId: string,
	permitKind: string | null
): { checklist: CheckKey[]; maxDistanceMetres: number; maxAccuracyMetres: number } {
	const def = getService(INSPECTED_SERVICE);
	if (!def) {
		throw new Error(`${INSPECTED_SERVICE} is not registered`);
	}
	const settings = serviceSetup(db, municipalityId, def).settings as PermitSettings;
	return inspectionSetup(settings, permitKind);
}
