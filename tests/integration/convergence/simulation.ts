import { Device } from './device';
import { Network } from './network';
import { Officer } from './officer';
import type { Op, Scenario } from './schedule';
import { SimServer } from './sim-server';
import { idMaker, sameValue, VALUES } from './values';

/** Everything a finished run leaves for the checks. */
export interface World {
	server: SimServer;
	network: Network;
	devices: Device[];
	/** Sync rounds the healed network needed until nothing was left to send. */
	quiesceRounds: number;
}

const MAX_SETTLE_TURNS = 20_000;
const MAX_QUIESCE_ROUNDS = 12;

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lets every engine run until it is idle or waiting for the network. fake-indexeddb
 * schedules its work with setImmediate, so engines make progress between macrotasks.
 */
async function settle(devices: readonly Device[]): Promise<void> {
	for (let turn = 0; turn < MAX_SETTLE_TURNS; turn++) {
		if (!devices.some((d) => d.busy)) {
			return;
		}
		await macrotask();
	}
	throw new Error('an engine kept working without ever waiting: a livelock');
}

/** Delivers whatever is due and lets the engines react, until nothing due is left. */
async function flush(world: World): Promise<void> {
	await settle(world.devices);
	while (world.network.hasDue()) {
		await world.network.deliverDue();
		await settle(world.devices);
	}
}

function deviceAt(devices: readonly Device[], index: number): Device {
	const device = devices[index % devices.length];
	if (!device) {
		throw new Error('no devices');
	}
	return device;
}

async function perform(op: Op, world: World, officer: Officer): Promise<void> {
	const { devices, network } = world;
	switch (op.kind) {
		case 'create':
			return deviceAt(devices, op.device).create(op.complete);
		case 'edit':
			return deviceAt(devices, op.device).edit(op.app, op.field, op.value);
		case 'editEverywhere':
			return editEverywhere(devices, op);
		case 'submit':
			return deviceAt(devices, op.device).submit(op.app);
		case 'resolve':
			return deviceAt(devices, op.device).resolve(op.conflict, op.choice);
		case 'sync':
			return deviceAt(devices, op.device).startSync();
		case 'partition':
			return network.partition(deviceAt(devices, op.device).key, op.steps);
		case 'kill':
			return deviceAt(devices, op.device).kill();
		case 'officerEdit':
			return officer.edit(op.app, op.field, op.value, op.stale);
		case 'officerReview':
			return officer.startReview(op.app);
		case 'officerResolve':
			return officer.resolve(op.app, op.conflict, op.choice);
		case 'wait':
			return;
	}
}

/**
 * The same person types into the same field on each of their devices before any of them
 * syncs: the surest way to concurrent writes of one field. The application is picked on
 * the first device; the values differ from device to device.
 */
async function editEverywhere(
	devices: readonly Device[],
	op: Extract<Op, { kind: 'editEverywhere' }>
): Promise<void> {
	const first = deviceAt(devices, op.device);
	const records = await first.records();
	const record = records[op.app % Math.max(records.length, 1)];
	const values = VALUES[op.field];
	const start = values.findIndex((v) => sameValue(v, op.value));
	const same = devices.filter((d) => d.personId === first.personId);
	for (const [i, device] of same.entries()) {
		const value = values[(start + i) % values.length] ?? op.value;
		if (record && (await device.records()).some((r) => r.id === record.id)) {
			await device.editRecord(record.id, op.field, value);
		}
	}
}

/**
 * Before the random part: Anna's first device makes two complete applications and submits
 * one, and all her devices see them, so same-field concurrency and officer work can start
 * from the first operation.
 */
async function preamble(world: World): Promise<void> {
	const [first] = world.devices;
	if (!first) {
		return;
	}
	await first.create(true);
	await first.create(true);
	await first.submit(1);
	for (const device of world.devices) {
		if (device.personId === first.personId) {
			await device.syncNow();
		}
	}
}

/**
 * Syncs, on the healed network, every device that still has something to send or has not
 * pulled the server's latest change, until none is left: then every outbox holds only
 * refused rows and every device has seen the last change.
 */
async function quiesce(world: World): Promise<number> {
	const seq = () =>
		(world.server.db.$client.prepare('select value from change_seq').get() as { value: number })
			.value;
	for (let round = 1; round <= MAX_QUIESCE_ROUNDS; round++) {
		let synced = 0;
		for (const device of world.devices) {
			if ((await device.unsettled()) > 0 || (await device.cookieSeq()) < seq()) {
				await device.syncNow();
				synced += 1;
			}
		}
		if (synced === 0) {
			return round;
		}
	}
	throw new Error(`still not quiet after ${MAX_QUIESCE_ROUNDS} healthy sync rounds`);
}

export function createWorld(scenario: Scenario): World {
	const server = new SimServer();
	const network = new Network(scenario.fates);
	const newId = idMaker(1);
	const devices = scenario.devices.map(
		(personId, i) =>
			new Device(`d${i}-${personId.replace('demo-citizen-', '')}`, personId, server, network, newId)
	);
	return { server, network, devices, quiesceRounds: 0 };
}

/** Runs the schedule on the world, then heals the network and syncs until all is quiet. */
export async function simulate(world: World, scenario: Scenario): Promise<void> {
	const { server, network, devices } = world;
	const officer = new Officer(server);

	network.setReliable(true);
	await preamble(world);
	network.setReliable(false);

	for (const op of scenario.ops) {
		await perform(op, world, officer);
		await settle(devices);
		network.step += 1;
		await flush(world);
	}

	// Heal: whatever is still in flight arrives, and from now on nothing fails.
	network.setReliable(true);
	await flush(world);
	world.quiesceRounds = await quiesce(world);
	for (const device of devices) {
		await device.observe();
	}
}
