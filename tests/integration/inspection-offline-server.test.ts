import 'fake-indexeddb/auto';
import { eq } from 'drizzle-orm';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handleBlobGet } from '../../server/app/blob-download';
import { blobDirFor, blobRelativePath } from '../../server/attachments/blob-files';
import { attachmentsRepo } from '../../server/attachments/attachments.repo';
import { roleAssignment } from '../../server/db/schema';
import { peopleRepo } from '../../server/identity/people.repo';
import type { UploadTransport } from '../../src/lib/client/attachments/upload-transport';
import { BlobUploader } from '../../src/lib/client/attachments/upload-worker';
import { openKopaDb } from '../../src/lib/client/db';
import { makeAvailableOffline, readiness } from '../../src/lib/client/inspections/offline-files';
import { SyncEngine } from '../../src/lib/client/sync-engine';
import { callerFor, freshDb } from './harness';
import { designFile, pdfBytes } from './inspection-offline-fixtures';
import { insertQueued } from './queue/queue-world';

/**
 * "Make available offline" against the real server code: an officer schedules a task on a
 * permit application whose design has arrived, the inspector's sync engine (Dexie on
 * fake-indexeddb) pulls it, and the design comes through the real GET /api/blob handler
 * with the inspector's identity; someone without the task gets nothing.
 */
const NOW = Date.parse('2026-11-20T10:00:00Z');
const INSPECTOR = 'demo-inspector-riga';

function world() {
	const db = freshDb();
	const design = designFile(pdfBytes(120_000, 7), 'dizains.pdf');
	const applicationId = insertQueued(db, {
		service: 'advertising-permit',
		status: 'in_review',
		applicantId: 'demo-citizen-liga',
		data: {
			applicantType: 'company',
			companyName: 'SIA Ziemeļu Gaismas',
			registrationNumber: '40203123456',
			contactName: 'Jānis Bērziņš',
			email: 'janis@example.lv',
			permitKind: 'sign',
			address: { text: 'Brīvības iela 21, Rīga' },
			point: { lat: 56.9566, lon: 24.1234 },
			width: '2,5',
			height: '0,8',
			design: [design.attachmentId]
		}
	});
	// The applicant's design, received and verified (as the upload handler leaves it).
	const path = blobRelativePath(design.sha256);
	const file = join(blobDirFor(db), path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, design.bytes);
	attachmentsRepo.ensureBlob(db, {
		sha256: design.sha256,
		size: design.size,
		mime: design.mime,
		receivedBytes: design.size,
		status: 'complete',
		path,
		createdAt: NOW
	});
	attachmentsRepo.insertAttachment(db, {
		id: design.attachmentId,
		municipalityId: 'riga',
		applicationId,
		sha256: design.sha256,
		filename: design.filename,
		mime: design.mime,
		size: design.size,
		status: 'present',
		createdAt: NOW
	});
	return { db, design, applicationId };
}

type World = ReturnType<typeof world>;

/** A person's device: their Dexie database and sync engine, talking to the routers. */
function device(w: World, personId: string) {
	const caller = callerFor(w.db, personId, () => NOW);
	const engine = new SyncEngine(openKopaDb(personId, `kopa-test-${randomUUID()}`), {
		push: (input) => caller.sync.push(input),
		pull: (input) => caller.sync.pull(input)
	});
	const identity = {
		person: peopleRepo.findById(w.db, personId),
		roles: w.db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all()
	};
	// The browser's fetch of /api/blob/…, answered by the real handler as this person.
	const fetchImpl = ((input: string) => {
		const url = new URL(input, 'http://kopa.test');
		return Promise.resolve(handleBlobGet(w.db, identity, url.pathname.split('/').pop() ?? '', url));
	}) as typeof fetch;
	return { engine, db: engine.db, fetchImpl };
}

async function scheduleTask(w: World) {
	const officer = callerFor(w.db, 'demo-officer-riga', () => NOW);
	return officer.inspections.schedule({
		municipalityId: 'riga',
		applicationId: w.applicationId,
		followsId: null,
		kind: 'installation',
		inspectorId: INSPECTOR,
		dueOn: '2026-11-25',
		instructions: ''
	});
}

describe('design files of a pulled task', () => {
	it('reach the inspector’s device through the real blob handler and make the task ready', async () => {
		const w = world();
		const { id } = await scheduleTask(w);
		const phone = device(w, INSPECTOR);
		await phone.engine.sync();
		const view = await phone.db.inspections.get(id);
		expect(view?.designFiles.map((f) => f.sha256)).toEqual([w.design.sha256]);
		expect(await readiness(phone.db, view!)).toMatchObject({ ready: false, total: 1 });

		const result = await makeAvailableOffline(phone.db, [view!], { fetchImpl: phone.fetchImpl });
		expect(result).toMatchObject({ filesTotal: 1, bytesDone: w.design.size, failures: [] });
		expect(await readiness(phone.db, view!)).toEqual({ ready: true, total: 1, missing: [] });
		expect(await phone.db.blobs.get(w.design.sha256)).toMatchObject({
			state: 'uploaded',
			size: w.design.size
		});

		// The upload worker has nothing to send: the file came from the server.
		let asked = 0;
		const transport: UploadTransport = {
			begin: () => Promise.reject(new Error(`asked ${++asked}`)),
			put: () => Promise.reject(new Error(`asked ${++asked}`))
		};
		await new BlobUploader(phone.db, transport).run();
		expect(asked).toBe(0);
		phone.db.close();
	});

	it('are not given to someone without the task, who is told so per file', async () => {
		const w = world();
		const { id } = await scheduleTask(w);
		const inspectorPhone = device(w, INSPECTOR);
		await inspectorPhone.engine.sync();
		const view = (await inspectorPhone.db.inspections.get(id))!;
		// The same view on another person's device (an officer's): the server says no.
		const other = device(w, 'demo-officer-liepaja');
		const result = await makeAvailableOffline(other.db, [view], { fetchImpl: other.fetchImpl });
		expect(result.failures.map((f) => f.reason)).toEqual(['notFound']);
		expect(await other.db.blobs.count()).toBe(0);
		inspectorPhone.db.close();
		other.db.close();
	});
});
