import { chosenNoticeAddress } from '../account/notice-address.service';
import { maskedActingFor } from '../account/my-sessions.service';
import { applicationsPersonData } from '../applications/person-data.service';
import { attachmentsPersonData } from '../attachments/person-data.service';
import { audit } from '../audit/audit.service';
import { auditPersonData } from '../audit/person-data.service';
import type { Db } from '../db/client.server';
import { identityPersonData } from '../identity/person-data.service';
import type { Actor } from '../kernel/context';
import { syncPersonData } from '../sync/person-data.service';

export const MY_DATA_FORMAT = 'kopa-my-data/1';

/**
 * The person's own data as one JSON document, composed here from each area's "this person's
 * rows" (the export spans areas that may not import each other). Session tokens are never
 * stored, and session ids (hashes of them) are left out too. Who at a municipality opened
 * their application is given as the time and municipality, not the officer's name: staff
 * identities are the municipality's to disclose.
 */
export function exportMyData(
	db: Db,
	who: { person: Actor; address: string | null; now: number }
): Record<string, unknown> {
	const personId = who.person.id;
	return db.transaction((tx) => {
		const applications = applicationsPersonData.applications(tx, personId);
		const ids = applications.map((a) => a.id);
		const document = {
			format: MY_DATA_FORMAT,
			exportedAt: new Date(who.now).toISOString(),
			person: identityPersonData.person(tx, personId),
			noticeAddress: chosenNoticeAddress(tx, personId),
			roles: identityPersonData.roles(tx, personId),
			// A grantor's personal code is the grantor's: masked, as on /account.
			sessions: identityPersonData
				.sessions(tx, personId)
				.map(({ id: _hash, actingFor, ...rest }) => ({
					...rest,
					actingFor: maskedActingFor(actingFor ?? null)
				})),
			devices: syncPersonData.devices(tx, personId),
			applications,
			applicationChanges: ids.length ? applicationsPersonData.changes(tx, ids) : [],
			conflicts: ids.length ? applicationsPersonData.conflicts(tx, ids) : [],
			attachments: ids.length ? attachmentsPersonData.attachments(tx, ids) : [],
			myActivity: auditPersonData.asActor(tx, personId).map(({ address: _a, ...rest }) => rest),
			accessToMyApplications: (ids.length ? auditPersonData.ofApplications(tx, ids) : []).map(
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
