import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsRepo } from '../../server/decisions/decisions.repo';
import { permitRegister } from '../../server/decisions/permit-register';
import { registerServiceForTests } from '../../src/lib/services/registry';
import { petRegistration } from '../fixtures/services/pet-registration/definition';
import { freshDb } from './harness';
import { insertQueued } from './queue/queue-world';

/**
 * The permit register is a register of what any service issues (issue 14, item 2): a
 * service the platform was never told about declares `register`, and its permits are
 * listed beside the advertising ones, with the service and its own details; an officer
 * who handles only one service sees only its permits.
 */
const DOG_LICENCE = {
	...petRegistration,
	register: {
		facts: () => ({
			kind: 'dog',
			holder: 'Anna Bērziņa',
			location: 'Rīga',
			lat: null,
			lon: null,
			validFrom: null,
			validTo: null,
			details: { chip: '941000024456789' }
		}),
		kindName: () => ({ lv: 'Suns', en: 'Dog' }),
		columns: [{ key: 'chip', label: { lv: 'Mikroshēma', en: 'Microchip' } }]
	}
};

let unregister: () => void;
beforeAll(() => {
	unregister = registerServiceForTests(DOG_LICENCE);
});
afterAll(() => unregister());

const NOW = Date.parse('2026-11-20T10:00:00Z');

function permitOf(db: ReturnType<typeof freshDb>, service: string, number: string) {
	const applicationId = insertQueued(db, { service, status: 'approved', data: {} });
	decisionsRepo.insertPermit(db, {
		number,
		municipalityId: 'riga',
		applicationId,
		service,
		kind: service === DOG_LICENCE.id ? 'dog' : 'sign',
		holder: 'SIA Tests',
		location: 'Brīvības iela 1, Rīga',
		lat: null,
		lon: null,
		validFrom: '2026-01-01',
		validTo: service === DOG_LICENCE.id ? '2027-06-30' : '2027-12-31',
		details: service === DOG_LICENCE.id ? { chip: '941000024456789' } : {},
		issuedAt: NOW
	});
}

describe('the permit register', () => {
	it('lists the permits of every service with a register, to officers who handle it', () => {
		const db = freshDb();
		permitOf(db, 'advertising-permit', 'RIGA-A-2026-000001');
		permitOf(db, DOG_LICENCE.id, 'RIGA-A-2026-000002');

		const all = permitRegister(db, { municipalityId: 'riga', services: null }, NOW);
		expect(all.map((p) => [p.number, p.service, p.details])).toEqual([
			['RIGA-A-2026-000001', 'advertising-permit', {}],
			['RIGA-A-2026-000002', DOG_LICENCE.id, { chip: '941000024456789' }]
		]);

		const adsOnly = permitRegister(
			db,
			{ municipalityId: 'riga', services: ['advertising-permit'] },
			NOW
		);
		expect(adsOnly.map((p) => p.number)).toEqual(['RIGA-A-2026-000001']);
		const dogsOnly = permitRegister(
			db,
			{ municipalityId: 'riga', services: [DOG_LICENCE.id] },
			NOW
		);
		expect(dogsOnly.map((p) => p.number)).toEqual(['RIGA-A-2026-000002']);
	});
});
