import { describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { handleBlobGet } from '../../server/app/blob-download';
import { handleBlobPut } from '../../server/app/blob-upload';
import { peopleRepo } from '../../server/identity/people.repo';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { COMPLETE_FIELDS, draftAndSubmit } from './fixtures';
import { callerFor, freshDb } from './harness';

// A real (tiny) PDF whose name says HTML: kept and served as what it is, a PDF.
const PDF = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
);
const sha = createHash('sha256').update(PDF).digest('hex');

describe('a file’s name follows its content', () => {
	it('x.html holding a PDF is listed, opened and downloaded as x.pdf', async () => {
		const db = freshDb();
		const anna = callerFor(db, 'demo-citizen-anna');
		const clientId = randomUUID();
		const { recordId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		const attachmentId = uuidv7();
		const [draft, submit] = mutations;
		const out = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{ id: 1, name: draft!.name, args: draft!.args },
				{
					id: 2,
					name: 'attachment.add',
					args: {
						attachmentId,
						recordId,
						municipalityId: 'riga',
						sha256: sha,
						size: PDF.length,
						mime: 'application/pdf',
						filename: 'x.html'
					}
				},
				{ id: 3, name: submit!.name, args: submit!.args }
			]
		});
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
		const put = await handleBlobPut(
			db,
			peopleRepo.findById(db, 'demo-citizen-anna'),
			sha,
			new Request(`http://localhost/api/blob/${sha}`, {
				method: 'PUT',
				headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: '0' },
				body: PDF
			})
		);
		expect(put.status).toBe(204);

		const officer = callerFor(db, 'demo-officer-riga');
		const { files } = await officer.attachments.forApplication({
			municipalityId: 'riga',
			id: recordId
		});
		expect(files.map((f) => f.filename)).toEqual(['x.pdf']);

		const person = peopleRepo.findById(db, 'demo-officer-riga');
		const response = handleBlobGet(
			db,
			{ person, roles: person ? peopleRepo.rolesOf(db, person.id) : [] },
			sha,
			new URL(`http://localhost/api/blob/${sha}?attachment=${attachmentId}`)
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''x.pdf");
	});

	it('a name stored before the rule is corrected when it is read', async () => {
		const db = freshDb();
		const anna = callerFor(db, 'demo-citizen-anna');
		const { recordId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		const [draft, submit] = mutations;
		await anna.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{ id: 1, name: draft!.name, args: draft!.args },
				{
					id: 2,
					name: 'attachment.add',
					args: {
						attachmentId: uuidv7(),
						recordId,
						municipalityId: 'riga',
						sha256: sha,
						size: PDF.length,
						mime: 'application/pdf',
						filename: 'plans.pdf'
					}
				},
				{ id: 3, name: submit!.name, args: submit!.args }
			]
		});
		db.$client.prepare("update attachment set filename = 'plans\u202Efdp.html'").run();
		const { files } = await callerFor(db, 'demo-officer-riga').attachments.forApplication({
			municipalityId: 'riga',
			id: recordId
		});
		expect(files.map((f) => f.filename)).toEqual(['plansfdp.pdf']);
	});
});
