import { describe, expect, it } from 'vitest';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { handleBlobGet } from '../../server/app/blob-download';
import { handleBlobPut } from '../../server/app/blob-upload';
import { peopleRepo } from '../../server/identity/people.repo';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { completeFieldsFor, draftAndSubmit } from './fixtures';
import { callerFor, freshDb } from './harness';

/**
 * An answer to an information request that carries a file (issue 13 item 1): the file is
 * added while the request is open and goes with the answer, in one push as the device
 * sends it after working offline; the officer then has the answer and can open the file.
 */
const ANNA = 'demo-citizen-anna';

function pdf(): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(randomBytes(4096));
	bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
	return bytes;
}

async function requested() {
	const db = freshDb();
	const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
	const clientId = randomUUID();
	const anna = callerFor(db, ANNA);
	await anna.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations });
	const officer = callerFor(db, 'demo-officer-riga');
	const at = { municipalityId: 'riga', id };
	const { version } = await officer.applications.state(at);
	const { requestId } = await officer.applications.requestInformation({
		...at,
		baseVersion: version,
		question: 'Lūdzu, pievienojiet dzīvesvietas apliecinājumu.'
	});
	return { db, id, requestId, clientId, anna, officer, at };
}

describe('an answer to an information request with a file', () => {
	it('is applied with its file, and the officer can open the file', async () => {
		const { db, id, requestId, clientId, anna, officer, at } = await requested();
		const bytes = pdf();
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const attachmentId = uuidv7();
		const out = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 3,
					name: 'attachment.add',
					args: {
						attachmentId,
						recordId: id,
						municipalityId: 'riga',
						sha256,
						size: bytes.length,
						mime: 'application/pdf',
						filename: 'apliecinajums.pdf'
					}
				},
				{
					id: 4,
					name: 'information.answer',
					args: {
						applicationId: id,
						municipalityId: 'riga',
						requestId,
						answer: 'Pielikumā apliecinājums.',
						attachmentIds: [attachmentId]
					}
				}
			]
		});
		expect(out.results).toEqual([
			expect.objectContaining({ id: 3, status: 'applied' }),
			expect.objectContaining({ id: 4, status: 'applied' })
		]);
		const put = await handleBlobPut(
			db,
			peopleRepo.findById(db, ANNA),
			sha256,
			new Request(`http://localhost/api/blob/${sha256}`, {
				method: 'PUT',
				headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: '0' },
				body: bytes
			})
		);
		expect(put.status).toBe(204);

		expect((await officer.applications.state(at)).status).toBe('information_provided');
		const files = await officer.attachments.forApplication(at);
		expect(files.files).toEqual([
			expect.objectContaining({
				id: attachmentId,
				filename: 'apliecinajums.pdf',
				status: 'present'
			})
		]);
		const officerPerson = peopleRepo.findById(db, 'demo-officer-riga');
		if (!officerPerson) {
			throw new Error('no demo officer');
		}
		const opened = handleBlobGet(
			db,
			{ person: officerPerson, roles: peopleRepo.rolesOf(db, officerPerson.id) },
			sha256,
			new URL(`http://localhost/api/blob/${sha256}?attachment=${attachmentId}`)
		);
		expect(opened.status).toBe(200);
		expect(new Uint8Array(await opened.arrayBuffer())).toEqual(bytes);
	});

	it('shows the answer’s files beside the answer in the officer’s history', async () => {
		const { db, id, requestId, clientId, anna, officer, at } = await requested();
		const bytes = pdf();
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const attachmentId = uuidv7();
		const other = pdf();
		const add = (mutationId: number, attachment: string, content: Uint8Array, name: string) => ({
			id: mutationId,
			name: 'attachment.add',
			args: {
				attachmentId: attachment,
				recordId: id,
				municipalityId: 'riga',
				sha256: createHash('sha256').update(content).digest('hex'),
				size: content.length,
				mime: 'application/pdf',
				filename: name
			}
		});
		await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				add(3, attachmentId, bytes, 'apliecinajums.pdf'),
				// Attached while the request was open but not sent with the answer.
				add(4, uuidv7(), other, 'cits.pdf'),
				{
					id: 5,
					name: 'information.answer',
					args: {
						applicationId: id,
						municipalityId: 'riga',
						requestId,
						answer: 'Pielikumā apliecinājums.',
						attachmentIds: [attachmentId]
					}
				}
			]
		});
		const answerFiles = async () => {
			const entry = (await officer.applications.timeline(at)).find((e) => e.kind === 'request');
			return entry?.kind === 'request' ? entry.answerFiles : null;
		};
		// Named at once, the bytes still on their way.
		expect(await answerFiles()).toEqual([
			{ id: attachmentId, sha256, filename: 'apliecinajums.pdf', status: 'expected' }
		]);
		await handleBlobPut(
			db,
			peopleRepo.findById(db, ANNA),
			sha256,
			new Request(`http://localhost/api/blob/${sha256}`, {
				method: 'PUT',
				headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: '0' },
				body: bytes
			})
		);
		expect(await answerFiles()).toEqual([
			{ id: attachmentId, sha256, filename: 'apliecinajums.pdf', status: 'present' }
		]);
	});

	it('takes no file once the request is answered', async () => {
		const { id, requestId, clientId, anna } = await requested();
		const bytes = pdf();
		const out = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 3,
					name: 'information.answer',
					args: { applicationId: id, municipalityId: 'riga', requestId, answer: 'Jau atbildu.' }
				},
				{
					id: 4,
					name: 'attachment.add',
					args: {
						attachmentId: uuidv7(),
						recordId: id,
						municipalityId: 'riga',
						sha256: createHash('sha256').update(bytes).digest('hex'),
						size: bytes.length,
						mime: 'application/pdf',
						filename: 'vēlāk.pdf'
					}
				}
			]
		});
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
	});
});
