import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zRecordId } from '../../src/lib/domain/sync';
import { sessionReach } from '../applications/reach';
import { officerTenants } from '../kernel/tenants';
import { blobDirFor } from '../attachments/blob-files';
import type { Db } from '../db/client.server';
import type { RequestIdentity } from '../identity/request-identity';
import { decisionsRepo } from './decisions.repo';
import { applicationRecords } from '../applications/applications.service';
import { attachmentRecords } from '../attachments/attachments.service';

/**
 * `GET /api/decision/<applicationId>`: the decision's PDF, for its applicant and for the
 * officers of the municipality and service. Anyone else learns nothing (404, as for none).
 */
export function handleDecisionGet(
	db: Db,
	// Without a session (a server-side call) a person reaches only their own applications.
	identity: Pick<RequestIdentity, 'person' | 'roles'> & Partial<Pick<RequestIdentity, 'session'>>,
	id: string
): Response {
	if (!identity.person) {
		return refuse(401, 'SIGN_IN');
	}
	if (!zRecordId.safeParse(id).success) {
		return refuse(400, 'BAD_REQUEST');
	}
	const app = applicationRecords.findUnchecked(db, id);
	const mayRead =
		app &&
		// The applicant, or the delegate who made it for them while acting for them (a power of
		// attorney, docs/delegation.md), or staff.
		(applicationRecords.findForApplicant(
			db,
			app.municipalityId,
			sessionReach(db, identity.person.id, identity.session?.actingFor),
			id
		) !== null ||
			officerTenants(identity).some((t) => applicationRecords.findSubmitted(db, t, id)));
	const decision = mayRead ? decisionsRepo.find(db, app.municipalityId, id) : null;
	const blob = decision ? attachmentRecords.findBlob(db, decision.pdfSha256) : null;
	if (!decision || blob?.status !== 'complete') {
		return refuse(404, 'NO_DECISION');
	}
	const stream = createReadStream(join(blobDirFor(db), blob.path));
	return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(blob.size),
			'content-disposition': `attachment; filename="${decision.number}.pdf"`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
}

function refuse(status: number, code: string): Response {
	return new Response(JSON.stringify({ error: { code } }), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}
