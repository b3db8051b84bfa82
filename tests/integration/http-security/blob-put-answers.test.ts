import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../server/db/client.server';
import { seedIfEmpty } from '../../../server/db/seed';
import { SESSION_COOKIE_PLAIN } from '../../../server/identity/session-cookie';
import { createSession, generateSessionToken } from '../../../server/identity/sessions.service';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../../src/lib/domain/attachments';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import {
	ensureBuild,
	freePort,
	startServer,
	type RunningServer
} from '../../support/server-process';
import { callerFor } from '../harness';

/**
 * `PUT /api/blob/<sha256>` against the real server process (adapter-node on node:http),
 * spoken to by a raw node:http client that sends its whole body: every answer, refusals
 * and "already complete" included, must reach the client. Cancelling the request body
 * made adapter-node destroy the socket before the answer was written (an empty reply).
 */
const root = resolve('.');
const dir = join(root, 'tests', '.tmp', `blob-put-${process.pid}`);
const FILE_SIZE = 96 * 1024;
let server: RunningServer | null = null;
let port = 0;
let cookie = '';
const file = new Uint8Array(randomBytes(FILE_SIZE));
file.set([0xff, 0xd8, 0xff, 0xe0]);
const sha = createHash('sha256').update(file).digest('hex');

beforeAll(async () => {
	ensureBuild(root);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const db = openDatabase(join(dir, 'app.db'));
	seedIfEmpty(db);
	const token = generateSessionToken();
	createSession(db, token, {
		personId: 'demo-citizen-anna',
		kind: 'citizen',
		authMethod: 'demo'
	});
	cookie = `${SESSION_COOKIE_PLAIN}=${token}`;
	// Anna's draft with the file attached (expected, not yet sent).
	const recordId = uuidv7();
	const out = await callerFor(db, 'demo-citizen-anna').sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'application.saveDraft',
				args: { id: recordId, municipalityId: 'riga', service: 'education-enrolment', patch: {} }
			},
			{
				id: 2,
				name: 'attachment.add',
				args: {
					attachmentId: uuidv7(),
					recordId,
					municipalityId: 'riga',
					sha256: sha,
					size: FILE_SIZE,
					mime: 'image/jpeg',
					filename: 'photo.jpg'
				}
			}
		]
	});
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	db.$client.close();
	port = await freePort();
	server = await startServer({ repoRoot: root, dbPath: join(dir, 'app.db'), port });
}, 300_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

type Answer = { status: number; headers: Record<string, unknown>; body: string };

/** One PUT with its whole body written, as a plain HTTP client sends it. */
function put(path: string, offset: number, body: Uint8Array): Promise<Answer> {
	return new Promise((resolvePut, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path,
				method: 'PUT',
				headers: {
					cookie,
					'content-type': CHUNK_CONTENT_TYPE,
					'content-length': String(body.length),
					[UPLOAD_OFFSET_HEADER]: String(offset)
				}
			},
			(res) => {
				const parts: Buffer[] = [];
				res.on('data', (part: Buffer) => parts.push(part));
				res.on('end', () =>
					resolvePut({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(parts).toString('utf8')
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

const codeOf = (answer: Answer) =>
	(JSON.parse(answer.body) as { error: { code: string } }).error.code;

describe('PUT /api/blob answers every request it refuses', () => {
	it('answers 404 for a file no attachment of theirs has', async () => {
		const other = createHash('sha256').update('not attached').digest('hex');
		const answer = await put(`/api/blob/${other}`, 0, file.subarray(0, 64 * 1024));
		expect(answer.status).toBe(404);
		expect(codeOf(answer)).toBe('UNKNOWN_BLOB');
	});

	it.each([
		['past the server’s body size limit', 1024 * 1024],
		['past what the server reads for nothing', 12 * 1024 * 1024]
	])('answers 404 for a body %s too', async (_, size) => {
		const other = createHash('sha256').update('not attached either').digest('hex');
		const answer = await put(`/api/blob/${other}`, 0, new Uint8Array(size));
		expect(answer.status).toBe(404);
		expect(codeOf(answer)).toBe('UNKNOWN_BLOB');
	});

	it('answers 409 with the server offset for a chunk at the wrong offset', async () => {
		const answer = await put(`/api/blob/${sha}`, 4096, file.subarray(4096, 68 * 1024));
		expect(answer.status).toBe(409);
		expect(codeOf(answer)).toBe('OFFSET_MISMATCH');
		expect(answer.headers[UPLOAD_OFFSET_HEADER.toLowerCase()]).toBe('0');
	});

	it('answers 413 for a chunk longer than what is left of the file', async () => {
		const tooLong = new Uint8Array(FILE_SIZE + 32 * 1024);
		tooLong.set(file);
		const answer = await put(`/api/blob/${sha}`, 0, tooLong);
		expect(answer.status).toBe(413);
		expect(codeOf(answer)).toBe('CHUNK_TOO_LARGE');
	});

	it('takes the file, then answers 204 "complete" when it is sent again', async () => {
		const first = await put(`/api/blob/${sha}`, 0, file);
		expect(first.status).toBe(204);
		expect(first.headers[UPLOAD_OFFSET_HEADER.toLowerCase()]).toBe(String(FILE_SIZE));
		const again = await put(`/api/blob/${sha}`, 0, file);
		expect(again.status).toBe(204);
		expect(again.headers[UPLOAD_OFFSET_HEADER.toLowerCase()]).toBe(String(FILE_SIZE));
	});
});
