import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openKopaDb } from '../../src/lib/client/db';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { uuidv7 } from '../../src/lib/domain/ids';
import { callerFor, count, freshDb } from './harness';

/** SYNC.md T4: a crash at each window between device and server loses and doubles nothing. */
function setup() {
	const server = freshDb();
	const caller = callerFor(server, 'demo-citizen-anna');
	const hooks: {
		beforePush?: () => void;
		afterPushCommit?: () => void;
		corruptPull?: boolean;
	} = {};
	const transport: SyncTransport = {
		async push(input) {
			hooks.beforePush?.();
			const out = await caller.sync.push(input);
			hooks.afterPushCommit?.();
			return out;
		},
		async pull(input) {
			const out = await caller.sync.pull(input);
			if (hooks.corruptPull && out.patch.length > 0) {
				// The second entry cannot be stored: the apply transaction fails half-way.
				const [first] = out.patch;
				return {
					...out,
					patch: [...out.patch, { ...first!, data: { ...first!.data!, id: undefined as never } }]
				};
			}
			return out;
		}
	};
	const name = `kopa-t4-${randomUUID()}`;
	const open = () => new SyncEngine(openKopaDb('demo-citizen-anna', name), transport);
	return { server, hooks, open };
}

const save = (engine: SyncEngine, id: string, patch: Record<string, string>) =>
	engine.mutate(
		'application.saveDraft',
		{ id, municipalityId: 'riga', service: 'education-enrolment', patch },
		id
	);

describe('crash windows', () => {
	it('after the local commit, before the push: the change is sent after restart', async () => {
		const { server, hooks, open } = setup();
		const engine = open();
		const id = uuidv7();
		await save(engine, id, { childGivenName: 'Ella' });
		hooks.beforePush = () => {
			throw new Error('tab killed');
		};
		await expect(engine.sync()).rejects.toThrow('tab killed');
		engine.db.close();

		hooks.beforePush = undefined;
		const restarted = open();
		await restarted.sync();
		expect(count(server, 'select count(*) n from application')).toBe(1);
		expect(await restarted.db.outbox.count()).toBe(0);
	});

	it('after the server commit, before the answer: the retry is answered from storage', async () => {
		const { server, hooks, open } = setup();
		const engine = open();
		const id = uuidv7();
		await save(engine, id, { childGivenName: 'Ella' });
		hooks.afterPushCommit = () => {
			throw new Error('tab killed after the server committed');
		};
		await expect(engine.sync()).rejects.toThrow('after the server committed');
		engine.db.close();

		hooks.afterPushCommit = undefined;
		const restarted = open();
		await restarted.sync();
		expect(count(server, 'select version n from application')).toBe(1);
		expect(count(server, 'select count(*) n from mutation_result')).toBe(1);
		expect((await restarted.db.records.get(id))?.fields).toEqual({ childGivenName: 'Ella' });
	});

	it('in the middle of applying a pull: nothing half-applied, the next pull completes it', async () => {
		const { hooks, open } = setup();
		const engine = open();
		const id = uuidv7();
		await save(engine, id, { childGivenName: 'Ella' });
		hooks.corruptPull = true;
		await expect(engine.sync()).rejects.toThrow();
		// The transaction rolled back as a whole: no cookie moved, no server copy half-written.
		expect(await engine.db.meta.get('cookie')).toBeUndefined();
		expect(await engine.db.serverBase.count()).toBe(0);
		expect((await engine.db.outbox.toArray()).map((r) => r.status)).toEqual(['applied']);
		expect((await engine.db.records.get(id))?.fields).toEqual({ childGivenName: 'Ella' });

		hooks.corruptPull = false;
		await engine.sync();
		expect(await engine.db.outbox.count()).toBe(0);
		expect((await engine.db.serverBase.get(id))?.version).toBe(1);
	});
});
