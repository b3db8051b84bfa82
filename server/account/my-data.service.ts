import { audit } from '../audit/audit.service';
import type { Db } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { myDataRepo } from './my-data.repo';
import { maskedActingFor } from './my-sessions.service';

export const MY_DATA_FORMAT = 'kopa-my-data/1';

/**
 * The person's own data as one JSON document. Session tokens are never stored, and session
 * ids (hashes of them) are left out too. Who at a municipality opened their application is
 * given as the time and municipality, not the officer's name: staff identities are the
 * municipality's to disclose.
 */
export function exportMyData(
	db: Db,
	who: { person: Actor; address: string | null; now: number }
): Record<string, unknown> {
	const personId = who.person.id;
	return db.transaction((tx) => {
		const applications = myDataRepo.applications(tx, personId);
		const ids = applications.map((a) => a.id);
		const document = {
			format: MY_DATA_FORMAT,
			exportedAt: new Date(who.now).toISOString(),
			person: myDataRepo.person(tx, personId),
			noticeAddress: myDataRepo.noticeAddress(tx, personId)?.email ?? null,
			roles: myDataRepo.roles(tx, personId),
			// A grantor's personal code is the grantor's: masked, as on /account.
			sessions: myDataRepo.sessions(tx, personId).map(({ id: _hash, actingFor, ...rest }) => ({
				...rest,
				actingFor: maskedActingFor(actingFor ?? null)
			})),
			devices: myDataRepo.devices(tx, personId),
			applications,
			applicationChanges: ids.length ? myDataRepo.changes(tx, ids) : [],
			conflicts: ids.length ? myDataRepo.conflicts(tx, ids) : [],
			attachments: ids.length ? myDataRepo.attachments(tx, ids) : [],
			myActivity: myDataRepo.auditAsActor(tx, personId).map(({ address: _a, ...rest }) => rest),
			accessToMyApplications: (ids.length ? myDataRepo.auditOfApplications(tx, ids) : []).map(
				(e) => ({
					at: e.at,
					action: e.action,
					municipalityId: e.municipalityId,
					applicationId: e.subjectId
				})
			)
		};
		audit(tx, { action: 'my_data.export', actor: who.person, address: who.address }, who.now);
		return document;
	});
}
