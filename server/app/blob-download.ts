import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zSha256 } from '../../src/lib/domain/attachments';
import { shownFileName } from '../../src/lib/domain/file-names';
import { zRecordId } from '../../src/lib/domain/sync';
import type { Db } from '../db/client.server';
import type { RequestIdentity } from '../identity/request-identity';
import { blobDirFor } from '../attachments/blob-files';
import { officerTenants } from '../kernel/tenants';
import { handlesInspections } from '../inspections/setup';
import { attachmentRecords, type BlobRow } from '../attachments/attachments.service';
import { applicationRecords } from '../applications/applications.service';
import { inspectionRecords } from '../inspections/inspections.service';

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
	const photoId = url.searchParams.get('photo');
	if (photoId !== null) {
		return photoResponse(db, identity, sha256, photoId);
	}
	const attachmentId = url.searchParams.get('attachment');
	if (!zSha256.safeParse(sha256).success || !zRecordId.safeParse(attachmentId).success) {
		return refuse(400, 'BAD_REQUEST', 'Give the file’s SHA-256 and ?attachment=<id>');
	}
	for (const tenant of officerTenants(identity)) {
		const row = attachmentRecords.findInMunicipality(db, tenant.municipalityId, attachmentId ?? '');
		if (
			row?.sha256 !== sha256 ||
			!applicationRecords.findSubmitted(db, tenant, row.applicationId)
		) {
			continue;
		}
		const blob = attachmentRecords.findBlob(db, sha256);
		// The applicant must have sent these bytes themselves: a hash they merely claimed
		// must not open a file someone else sent.
		if (row.status !== 'present' || blob?.status !== 'complete') {
			return refuse(404, 'NOT_RECEIVED', 'The file has not been received yet');
		}
		return fileResponse(db, blob, shownFileName(row.filename, blob.mime));
	}
	// The inspector of an open task on the application takes its design files offline.
	const forInspector = inspectorDesignFile(db, identity, sha256, attachmentId ?? '');
	if (forInspector) {
		return forInspector;
	}
	return refuse(404, 'UNKNOWN_FILE', 'No such file here');
}

function inspectorDesignFile(
	db: Db,
	identity: Pick<RequestIdentity, 'person' | 'roles'>,
	sha256: string,
	attachmentId: string
): Response | null {
	const personId = identity.person?.id ?? '';
	for (const role of identity.roles) {
		if (role.role !== 'inspector' || !role.municipalityId) {
			continue;
		}
		const row = attachmentRecords.findInMunicipality(db, role.municipalityId, attachmentId);
		if (row?.sha256 !== sha256 || row.status !== 'present') {
			continue;
		}
		const tasks = inspectionRecords.openTasksOn(
			db,
			role.municipalityId,
			row.applicationId,
			personId
		);
		if (!tasks.some((t) => t.designFiles.some((f) => f.attachmentId === attachmentId))) {
			continue;
		}
		const blob = attachmentRecords.findBlob(db, sha256);
		if (blob?.status === 'complete') {
			return fileResponse(db, blob, shownFileName(row.filename, blob.mime));
		}
	}
	return null;
}

/**
 * `?photo=<id>`: an inspection photo, for the inspector who took it and the officers of its
 * municipality (with a role for the inspected service), once its bytes have arrived.
 */
function photoResponse(
	db: Db,
	identity: Pick<RequestIdentity, 'person' | 'roles'>,
	sha256: string,
	photoId: string
): Response {
	if (!zSha256.safeParse(sha256).success || !zRecordId.safeParse(photoId).success) {
		return refuse(400, 'BAD_REQUEST', 'Give the photo’s SHA-256 and ?photo=<id>');
	}
	const photo = inspectionRecords.findPhoto(db, photoId);
	const allowed =
		photo !== null &&
		(photo.takenBy === identity.person?.id ||
			officerTenants(identity).some(
				(t) => t.municipalityId === photo.municipalityId && handlesInspections(t.services)
			));
	if (!photo || !allowed || photo.sha256 !== sha256) {
		return refuse(404, 'UNKNOWN_FILE', 'No such file here');
	}
	const blob = attachmentRecords.findBlob(db, sha256);
	if (photo.status !== 'present' || blob?.status !== 'complete') {
		return refuse(404, 'NOT_RECEIVED', 'The file has not been received yet');
	}
	return fileResponse(db, blob, `${photoId}.${photo.mime === 'image/png' ? 'png' : 'jpg'}`);
}

function fileResponse(db: Db, blob: BlobRow, filename: string): Response {
	const stream = createReadStream(join(blobDirFor(db), blob.path));
	return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': blob.mime,
			'content-length': String(blob.size),
			'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
			// The bytes are someone's upload: never sniffed into HTML, never scripted.
			'x-content-type-options': 'nosniff',
			'content-security-policy': 'sandbox',
			'cache-control': 'private, no-store'
		}
	});
}

function refuse(status: number, code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}
