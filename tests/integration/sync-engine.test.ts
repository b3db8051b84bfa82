import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openKopaDb } from '../../src/lib/client/db';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { uuidv7 } from '../../src/lib/domain/ids';
import { callerFor, count, freshDb } from './harness';

/**
 * The real browser engine (Dexie on fake-indexeddb) against the real server routers on an
 * in-memory SQLite built from the migrations, with a transport we can break on purpose.
 */
function setup() {
	const server = freshDb();
	const caller = callerFor(server, 'demo-citizen-anna');
	const faults = { offline: false, loseNextPushResponse: false };
	let pushes = 0;
	const transport: SyncTransport = {
		async push(input) {
			if (faults.offline) {
				throw new Error('offline');
			}
			pushes += 1;
			const out = await caller.sync.push(input);
			if (faults.loseNextPushResponse) {
				faults.loseNextPushResponse = false;
				throw new Error('connection reset after commit');
			}
			return out;
		},
		async pull(input) {
			if (faults.offline) {
				throw new Error('offline');
			}
			return caller.sync.pull(input);
		}
	};
	const dbName = `kopa-test-${randomUUID()}`;
	const engine = () => new SyncEngine(openKopaDb('demo-citizen-anna', dbName), transport);
	return { server, faults, engine, pushes: () => pushes };
}

const draftArgs = (id: string, patch: Record<string, string>) => ({
	id,
	municipalityId: 'riga',
	service: 'education-enrolment',
	patch
});

describe('SyncEngine against the real server', () => {
	it('keeps changes made offline on the device and sends them once on reconnect', async () => {
		const { server, faults, engine } = setup();
		const client = engine();
		const id = uuidv7();
		faults.offline = true;
		await client.mutate('application.saveDraft', draftArgs(id, { childGivenName: 'Ella' }), id);
		await client.mutate('application.saveDraft', draftArgs(id, { childSurname: 'Ozola' }), id);
		await expect(client.sync()).rejects.toThrow('offline');

		// A reload: a new engine on the same IndexedDB.
		const reloaded = engine();
		expect(await reloaded.db.outbox.count()).toBe(2);
		expect((await reloaded.db.records.get(id))?.fields).toEqual({
			childGivenName: 'Ella',
			childSurname: 'Ozola'
		});

		faults.offline = false;
		await reloaded.sync();
		expect(await reloaded.db.outbox.count()).toBe(0);
		expect(count(server, 'select count(*) n from application')).toBe(1);
		expect((await reloaded.db.records.get(id))?.version).toBe(2);
	});

	it('retries a push whose response was lost without doing anything twice', async () => {
		const { server, faults, engine } = setup();
		const client = engine();
		const id = uuidv7();
		await client.mutate('application.saveDraft', draftArgs(id, { childGivenName: 'Ella' }), id);
		faults.loseNextPushResponse = true;
		await expect(client.sync()).rejects.toThrow('after commit');
		await client.sync();
		expect(count(server, 'select version n from application')).toBe(1);
		expect(count(server, 'select count(*) n from mutation_result')).toBe(1);
		expect(await client.db.outbox.count()).toBe(0);
	});

	it('keeps a refused value on the device with its reason, and replaces it when retyped', async () => {
		const { server, engine } = setup();
		const client = engine();
		const id = uuidv7();
		await client.mutate(
			'application.saveDraft',
			draftArgs(id, { childGivenName: 'Ella', childPersonalCode: '1'.repeat(21) }),
			id
		);
		await client.sync();
		const [refused] = await client.db.outbox.toArray();
		expect(refused?.status).toBe('rejected');
		expect(refused?.error?.issues).toEqual([
			{ path: 'childPersonalCode', message: 'field.textTooLong', params: { max: 20 } }
		]);
		expect((await client.db.records.get(id))?.fields.childPersonalCode).toBe('1'.repeat(21));

		await client.mutate(
			'application.saveDraft',
			draftArgs(id, { childPersonalCode: '121219-22342' }),
			id
		);
		await client.sync();
		expect(await client.db.outbox.count()).toBe(0);
		const row = server.$client.prepare('select data from application').get() as { data: string };
		expect(JSON.parse(row.data)).toEqual({
			childGivenName: 'Ella',
			childPersonalCode: '121219-22342'
		});
	});

	it('gives a refused change a way out: sent again as a new change, or discarded', async () => {
		const { server, engine } = setup();
		const client = engine();
		const id = uuidv7();
		await client.mutate('application.saveDraft', draftArgs(id, { childGivenName: 'Ella' }), id);
		await client.sync();
		// Files are refused while the application takes none (under review, no open request).
		server.$client.prepare("update application set status = 'in_review'").run();
		const file = (name: string) => ({
			attachmentId: uuidv7(),
			recordId: id,
			municipalityId: 'riga',
			sha256: 'a'.repeat(64),
			size: 100,
			mime: 'application/pdf' as const,
			filename: name
		});
		await client.mutate('attachment.add', file('a.pdf'), id);
		await client.sync();
		const [refused] = await client.db.outbox.toArray();
		expect(refused).toMatchObject({ status: 'rejected', error: { code: 'STALE_STATE' } });

		// Taking files again: sent again, it applies under a new mutation id.
		server.$client.prepare("update application set status = 'draft'").run();
		await client.resend([refused!.mutationId]);
		const [again] = await client.db.outbox.toArray();
		expect(again).toMatchObject({ status: 'pending', args: refused!.args });
		expect(again!.mutationId).toBeGreaterThan(refused!.mutationId);
		await client.sync();
		expect(await client.db.outbox.count()).toBe(0);
		expect(count(server, 'select count(*) n from attachment')).toBe(1);

		// Refused again and discarded: the outbox is empty, nothing reached the server.
		server.$client.prepare("update application set status = 'in_review'").run();
		await client.mutate('attachment.add', file('b.pdf'), id);
		await client.sync();
		const [second] = await client.db.outbox.toArray();
		expect(second?.status).toBe('rejected');
		await client.discard([second!.mutationId]);
		expect(await client.db.outbox.count()).toBe(0);
		await client.sync();
		expect(count(server, 'select count(*) n from attachment')).toBe(1);
	});

	it('allocates gap-free, increasing mutation ids across engine instances', async () => {
		const { engine } = setup();
		const first = engine();
		const id = uuidv7();
		const a = await first.mutate('application.saveDraft', draftArgs(id, {}), id);
		const second = engine();
		const b = await second.mutate(
			'application.saveDraft',
			draftArgs(id, { childSurname: 'X' }),
			id
		);
		const c = await first.mutate('application.saveDraft', draftArgs(id, { childSurname: 'Y' }), id);
		expect([a, b, c]).toEqual([1, 2, 3]);
	});
});

describe('SyncEngine when the server is restored from a backup', () => {
	it('starts afresh as a new client and re-sends what was never sent', async () => {
		const before = freshDb();
		const after = freshDb(); // a restore: new epoch, no memory of this client
		let server = before;
		const transport: SyncTransport = {
			push: (input) => callerFor(server, 'demo-citizen-anna').sync.push(input),
			pull: (input) => callerFor(server, 'demo-citizen-anna').sync.pull(input)
		};
		const engine = new SyncEngine(
			openKopaDb('demo-citizen-anna', `kopa-test-${randomUUID()}`),
			transport
		);
		const first = uuidv7();
		await engine.mutate(
			'application.saveDraft',
			draftArgs(first, { childGivenName: 'Ella' }),
			first
		);
		await engine.mutate(
			'application.saveDraft',
			draftArgs(first, { childSurname: 'Ozola' }),
			first
		);
		await engine.sync();
		const oldClient = await engine.clientId();

		server = after;
		const second = uuidv7();
		await engine.mutate(
			'application.saveDraft',
			draftArgs(second, { childGivenName: 'Marta' }),
			second
		);
		await engine.sync();

		expect(await engine.clientId()).not.toBe(oldClient);
		expect(await engine.db.outbox.count()).toBe(0);
		const rows = after.$client.prepare('select id, data from application').all() as {
			id: string;
			data: string;
		}[];
		// The unsent draft reached the restored server; the restored server's view replaced ours.
		expect(rows.map((r) => r.id)).toEqual([second]);
		expect(await engine.db.records.get(first)).toBeUndefined();
		expect((await engine.db.records.get(second))?.fields).toEqual({ childGivenName: 'Marta' });
	});
});
