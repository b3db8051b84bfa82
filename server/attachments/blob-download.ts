import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zSha256 } from '../../src/lib/domain/attachments';
import { zRecordId } from '../../src/lib/domain/sync';
import { applicationsRepo } from '../applications/applications.repo';
import type { Db } from '../db/client.server';
import type { RequestIdentity } from '../identity/request-identity';
import type { Tenant } from '../trpc/init';
import { blobDirFor } from './blob-files';
import { attachmentsRepo } from './attachments.repo';

/** The officer tenants of a person: each municipality with the services they handle there. */
export function officerTenants(identity: Pick<RequestIdentity, 'roles'>): Tenant[] {
	const byMunicipality = new Map<string, (string | null)[]>();
	for (const role of identity.roles) {
		if (role.role === 'officer' && role.municipalityId) {
			byMunicipality.set(role.municipalityId, [
				...(byMunicipality.get(role.municipalityId) ?? []),
				role.service
			]);
		}
	}
	return [...byMunicipality].map(([municipalityId, services]) => ({
		municipalityId,
		services: services.includes(null) ? null : (services as string[])
	}));
}

/**
 * `GET /api/blob/<sha256>?attachment=<id>`: a received file, for an officer of the
 * municipality whose submitted application it is attached to. The attachment, not the hash,
 * is what is authorised: knowing a file's hash gives no access to it.
 */
export function handleBlobGet(
	db: Db,
	identity: Pick<RequestIdentity, 'person' | 'roles'>,
	sha256: string,
	url: URL
): Response {
	if (!identity.person) {
		return refuse(401, 'SIGN_IN', 'Sign in first');
	}
	const attachmentId = url.searchParams.get('attachment');
	if (!zSha256.safeParse(sha256).success || !zRecordId.safeParse(attachmentId).success) {
		return refuse(400, 'BAD_REQUEST', 'Give the file’s SHA-256 and ?attachment=<id>');
	}
	for (const tenant of officerTenants(identity)) {
		const row = attachmentsRepo.findInMunicipality(db, tenant.municipalityId, attachmentId ?? '');
		if (row?.sha256 !== sha256 || !applicationsRepo.findSubmitted(db, tenant, row.applicationId)) {
			continue;
		}
		const blob = attachmentsRepo.findBlob(db, sha256);
		// The applicant must have sent these bytes themselves: a hash they merely claimed
		// must not open a file someone else sent.
		if (row.status !== 'present' || blob?.status !== 'complete') {
			return refuse(404, 'NOT_RECEIVED', 'The file has not been received yet');
		}
		const stream = createReadStream(join(blobDirFor(db), blob.path));
		return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
			headers: {
				'content-type': blob.mime,
				'content-length': String(blob.size),
				'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
				// The bytes are a citizen's upload: never sniffed into HTML, never scripted.
				'x-content-type-options': 'nosniff',
				'content-security-policy': 'sandbox',
				'cache-control': 'private, no-store'
			}
		});
	}
	return refuse(404, 'UNKNOWN_FILE', 'No such file here');
}

function refuse(status: number, code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}
