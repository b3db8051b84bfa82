import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { callerFor } from '../harness';
import { fileDb, officerAt, queuedChild, respond, roundOf, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };
const HOUR = 3_600_000;
const SAULITE = 'riga-saulite-preschool-lv-2027';
const ZILITE = 'riga-zilite-preschool-lv-2027';

const offersOf = async (id: string, now: number) =>
	(await officerAt(db, now).placement.application({ ...riga, applicationId: id })).offers;
const status = async (id: string, now: number) =>
	(await officerAt(db, now).applications.state({ ...riga, id })).status;

async function publish(now: number, kind: 'main' | 'rolling') {
	const { run } = await roundOf(db, now, kind);
	expect(run.report.ok).toBe(true);
	await officerAt(db, now).placement.publish({ ...riga, runId: run.id });
	return run;
}

/**
 * Saulīte (2 seats) is wanted first by three children; the third accepts Zīlīte, her second
 * choice. When a Saulīte seat frees, a rolling round offers it to her while Zīlīte stays hers.
 */
async function world() {
	const first = queuedChild(db, ['saulite']);
	queuedChild(db, ['saulite']);
	const third = queuedChild(db, ['saulite', 'zilite'], { applicantId: 'demo-citizen-janis' });
	await publish(T0, 'main');
	const zilite = (await offersOf(third, T0)).at(-1);
	expect(zilite?.programmeId).toBe(ZILITE);
	await respond(
		db,
		'demo-citizen-janis',
		{ applicationId: third, offerId: zilite!.id, answer: 'accept' },
		T0 + HOUR
	);
	const firstOffer = (await offersOf(first, T0)).at(-1);
	await respond(
		db,
		'demo-citizen-anna',
		{ applicationId: first, offerId: firstOffer!.id, answer: 'decline' },
		T0 + HOUR
	);
	const t1 = T0 + 24 * HOUR;
	const rolling = await publish(t1, 'rolling');
	return { third, t1, rolling };
}

describe('rolling rounds keep a held seat guaranteed and higher choices active (issue 16)', () => {
	it('offers the held child a seat above the one they hold, and accepting releases the old seat', async () => {
		const { third, t1, rolling } = await world();
		expect(rolling).toMatchObject({ applicants: 1, placed: 1 });
		expect(await status(third, t1)).toBe('offered');
		const better = (await offersOf(third, t1)).at(-1)!;
		expect(better.programmeId).toBe(SAULITE);
		await respond(
			db,
			'demo-citizen-janis',
			{ applicationId: third, offerId: better.id, answer: 'accept' },
			t1 + HOUR
		);
		expect(await status(third, t1 + HOUR)).toBe('accepted');
		// The Zīlīte seat is released (the default on-accept rule) for the next run.
		const programmes = await officerAt(db, t1 + HOUR).placement.programmes(riga);
		expect(programmes.find((p) => p.id === ZILITE)).toMatchObject({ held: 0, free: 2 });
		expect(programmes.find((p) => p.id === SAULITE)).toMatchObject({ held: 2, free: 0 });
	});

	it('declining the better offer keeps the held seat', async () => {
		const { third, t1 } = await world();
		const better = (await offersOf(third, t1)).at(-1)!;
		await respond(
			db,
			'demo-citizen-janis',
			{ applicationId: third, offerId: better.id, answer: 'decline' },
			t1 + HOUR
		);
		expect(await status(third, t1 + HOUR)).toBe('accepted');
		const programmes = await callerFor(
			db,
			'demo-officer-riga',
			() => t1 + HOUR
		).placement.programmes(riga);
		expect(programmes.find((p) => p.id === ZILITE)).toMatchObject({ held: 1 });
	});

	it('a main round leaves held seats alone', async () => {
		const { third, t1 } = await world();
		const main = await roundOf(db, t1 + HOUR, 'main');
		expect(main.run.applicants).toBe(0);
		expect(await status(third, t1 + HOUR)).toBe('offered');
	});
});
