import { randomUUID } from 'node:crypto';
import type { ApplicationRecord, OutboxRow } from '../../../src/lib/client/db';
import { isMutation } from '../../../src/lib/client/mutation-traits';
import { canonicalJson } from '../../../src/lib/domain/canonical-hash';
import type { ApplicationView } from '../../../src/lib/domain/application';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { callerFor } from '../harness';
import type { Device } from './device';
import type { World } from './simulation';

/**
 * SYNC.md T3 property 1, strong convergence, once the network is healed and quiet. Each
 * device's copy of the server (serverBase, conflicts) equals the server's, so the devices of
 * one person hold the same applications. Its view of each application (records) is the
 * server's copy plus only this device's own refused draft edits, replayed in order
 * (docs/decisions/0002), and exactly the server's copy when it has none. Refused edits stay
 * out of an application under review, and an edit refused by the review lock stays out
 * everywhere: its values live in a stale-state conflict.
 */
export async function checkConvergence(world: World): Promise<string[]> {
	const problems: string[] = [];
	const people = [...new Set(world.devices.map((d) => d.personId))];
	for (const person of people) {
		// A pull from a client id the server has never seen: the person's whole server state.
		const truth = await callerFor(world.server.db, person).sync.pull({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			cookie: null,
			limit: 1000
		});
		const apps = truth.patch.flatMap((p) => (p.data ? [p.data] : []));
		for (const device of world.devices.filter((d) => d.personId === person)) {
			problems.push(...(await checkDevice(device, apps, truth.conflicts)));
		}
	}
	return problems;
}

const byId = <T extends { id: string }>(rows: T[]) =>
	[...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function checkDevice(
	device: Device,
	apps: ApplicationView[],
	conflicts: unknown[]
): Promise<string[]> {
	const { db } = device.engine;
	const problems: string[] = [];
	const outbox = await db.outbox.toArray();
	const unsettled = outbox.filter((row) => row.status !== 'rejected');
	if (unsettled.length > 0) {
		problems.push(`${device.key} still has ${unsettled.length} unsettled outbox rows`);
	}
	const base = byId(await db.serverBase.toArray());
	if (canonicalJson(base) !== canonicalJson(byId(apps))) {
		problems.push(`${device.key} serverBase differs from the server`);
	}
	const local = (await db.conflicts.toArray()).map(({ recordId: _, ...c }) => c);
	if (canonicalJson(byId(local)) !== canonicalJson(byId(conflicts as { id: string }[]))) {
		problems.push(`${device.key} conflicts differ from the server's`);
	}
	const records = await db.records.toArray();
	const ids = new Set([...apps.map((a) => a.id), ...records.map((r) => r.id)]);
	for (const id of ids) {
		const expected = expectedView(
			apps.find((a) => a.id === id),
			outbox.filter((row) => row.recordId === id)
		);
		const actual = records.find((r) => r.id === id);
		const shown = actual && (expected?.exact ? actual : withoutTime(actual));
		if (canonicalJson(shown ?? null) !== canonicalJson(expected?.record ?? null)) {
			problems.push(
				`${device.key} shows ${id} as ${canonicalJson(shown ?? null)}, ` +
					`expected ${canonicalJson(expected?.record ?? null)}`
			);
		}
	}
	return problems;
}

const REFUSED_BY_LOCK = 'STALE_STATE';

function merged(
	fields: Record<string, unknown>,
	patches: Record<string, unknown>[]
): Record<string, unknown> {
	return patches.reduce((acc, patch) => ({ ...acc, ...patch }), fields);
}

function withoutTime(record: ApplicationRecord): Omit<ApplicationRecord, 'updatedAt'> {
	const { updatedAt: _, ...rest } = record;
	return rest;
}

/**
 * What the device should show: the server's copy, with refused draft edits on top. A
 * refused edit carries the device's time, so only then is `updatedAt` left out.
 */
function expectedView(
	server: ApplicationView | undefined,
	rows: OutboxRow[]
): { record: ApplicationRecord | Omit<ApplicationRecord, 'updatedAt'>; exact: boolean } | null {
	const refused = rows
		.filter((row) => isMutation(row, 'application.saveDraft'))
		.filter((row) => row.status === 'rejected' && row.error?.code !== REFUSED_BY_LOCK)
		.sort((a, b) => a.mutationId - b.mutationId);
	const patches = refused.map((row) => row.args.patch);
	if (server) {
		const record: ApplicationRecord = { ...server, entity: 'application' };
		if (patches.length === 0 || server.status === 'in_review') {
			return { record, exact: true };
		}
		return {
			record: withoutTime({ ...record, fields: merged(record.fields, patches) }),
			exact: false
		};
	}
	const first = refused[0];
	if (!first) {
		return null;
	}
	// Never reached the server: the device still shows the draft as typed.
	return {
		record: {
			id: first.recordId,
			entity: 'application',
			municipalityId: first.args.municipalityId,
			service: first.args.service,
			status: 'draft',
			fields: merged({}, patches),
			version: 0,
			submissionId: null,
			registrationNumber: null,
			submittedAt: null
		},
		exact: false
	};
}
