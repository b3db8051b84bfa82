import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { issuesOfError } from '../../../src/lib/domain/issues';
import { callerFor } from '../harness';
import { fileDb, officerAt, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };

/** The refusal's issues, as the browser reads them from the error. */
async function refusal(call: Promise<unknown>) {
	const error = await call.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toMatchObject({ code: 'BAD_REQUEST' });
	return issuesOfError(error);
}

describe('programmes with dated capacity (issue 16, slice 1)', () => {
	it('seeds demo programmes whose free seats are capacity − enrolled − held', async () => {
		const programmes = await officerAt(db, T0).placement.programmes(riga);
		const saulite = programmes.find((p) => p.id === 'riga-saulite-preschool-lv-2027');
		expect(saulite).toMatchObject({
			capacity: 2,
			enrolled: 0,
			held: 0,
			free: 2,
			level: 'preschool'
		});
		expect(programmes.every((p) => p.institutionId.startsWith('riga-'))).toBe(true);
	});

	it('keeps capacity by date: a change from a later day leaves today as it was', async () => {
		const officer = officerAt(db, T0);
		const programmeId = 'riga-saulite-preschool-lv-2027';
		await officer.placement.setCapacity({
			...riga,
			programmeId,
			validFrom: '2027-01-01',
			seats: 5
		});
		let p = (await officer.placement.programmes(riga)).find((x) => x.id === programmeId);
		expect(p?.capacity).toBe(2);
		const later = officerAt(db, Date.parse('2027-01-02T08:00:00Z'));
		p = (await later.placement.programmes(riga)).find((x) => x.id === programmeId);
		expect(p?.capacity).toBe(5);
	});

	it('refuses zero capacity with the reason at its field, and a foreign programme', async () => {
		const officer = officerAt(db, T0);
		expect(
			await refusal(
				officer.placement.setCapacity({
					...riga,
					programmeId: 'riga-saulite-preschool-lv-2027',
					validFrom: '2026-12-07',
					seats: 0
				})
			)
		).toEqual([{ path: 'seats', message: 'placement.capacity.zero' }]);
		await expect(
			officer.placement.setCapacity({
				...riga,
				programmeId: 'liepaja-saulite-preschool-lv-2027',
				validFrom: '2026-12-07',
				seats: 3
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});

describe('placement settings as data with their legal basis (issue 16, slice 1)', () => {
	const admin = () => callerFor(db, 'demo-admin-riga', () => T0);

	it('starts from the defaults: annul unanswered offers, release the previous seat, nightly', async () => {
		const settings = await admin().placement.settings(riga);
		expect(settings).toMatchObject({
			noResponse: 'annul',
			onAccept: 'releasePrevious',
			cadence: 'nightly',
			responseDayKind: 'working'
		});
		expect(settings.legalBasis.length).toBeGreaterThan(0);
	});

	it('saves a consistent set and refuses an inconsistent one with each reason at its field', async () => {
		const saved = await admin().placement.saveSettings({
			...riga,
			settings: {
				responseDays: 5,
				reminderDays: 1,
				intakes: [
					{
						intake: 'grade1',
						tieBreak: 'lottery',
						windowFrom: '2027-03-01',
						windowTo: '2027-04-30'
					}
				]
			}
		});
		expect(saved.intakes[0]?.tieBreak).toBe('lottery');
		const issues = await refusal(
			admin().placement.saveSettings({
				...riga,
				settings: {
					responseDays: 3,
					reminderDays: 3,
					intakes: [
						{
							intake: 'grade1',
							tieBreak: 'lottery',
							windowFrom: '2027-05-01',
							windowTo: '2027-04-30'
						},
						{ intake: 'grade1', tieBreak: 'birthDate' }
					]
				}
			})
		);
		expect(issues).toEqual(
			expect.arrayContaining([
				{ path: 'intakes.0.windowTo', message: 'placement.settings.windowOrder' },
				{ path: 'intakes.1.intake', message: 'settings.duplicate' },
				{ path: 'reminderDays', message: 'placement.settings.reminderAfterDeadline' }
			])
		);
		// Nothing of the refused set was stored.
		expect((await admin().placement.settings(riga)).responseDays).toBe(5);
	});

	it('is the municipal admin’s: an officer may not change it, nor an admin elsewhere', async () => {
		await expect(
			officerAt(db, T0).placement.saveSettings({ ...riga, settings: {} })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			admin().placement.saveSettings({ municipalityId: 'liepaja', settings: {} })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
