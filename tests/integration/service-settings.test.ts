import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION, type MutationResult } from '../../src/lib/domain/sync';
import { callerFor, count, freshDb } from './harness';
import { COMPLETE_FIELDS, draftAndSubmit } from './fixtures';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import {
	DEFAULT_ENROLMENT_SETTINGS,
	ENROLMENT_DEMO_SETTINGS
} from '../../src/lib/services/education-enrolment/demo-settings';

type Db = ReturnType<typeof freshDb>;

const CESIS = {
	id: 'cesis',
	atvk: '0420201',
	nameLv: 'Cēsu novads',
	nameEn: 'Cēsis Municipality',
	nameLvGenitive: 'Cēsu novada',
	nameLvLocative: 'Cēsu novadā',
	officialNameLv: 'Cēsu novada pašvaldība',
	registrationPrefix: 'CESIS'
};

async function pushDraft(db: Db, municipalityId: string) {
	const { mutations } = draftAndSubmit(1, municipalityId, {
		childGivenName: 'Elza'
	});
	const out = await callerFor(db, 'demo-citizen-anna').sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: mutations.slice(0, 1)
	});
	return out.results[0];
}

describe('which e-services a municipality offers, and how it has set them up', () => {
	it('offers every service in the demo municipalities, publicly listed with settings', async () => {
		const db = freshDb();
		const offered = await callerFor(db, null).tenants.services({ municipalityId: 'riga' });
		expect(offered.map((o) => o.service)).toContain('education-enrolment');
	});

	it('a new municipality offers nothing until its admin turns a service on; that is audited', async () => {
		const db = freshDb();
		await callerFor(db, 'demo-operator').platform.addMunicipality(CESIS);
		expect(await callerFor(db, null).tenants.services({ municipalityId: 'cesis' })).toEqual([]);
		expect(await pushDraft(db, 'cesis')).toMatchObject({
			status: 'rejected',
			error: { code: 'SERVICE_NOT_OFFERED' }
		});

		await callerFor(db, 'demo-operator').platform.appointAdmin({
			municipalityId: 'cesis',
			personalCode: '329911-22334',
			givenName: 'Ilze',
			surname: 'Kalniņa'
		});
		const adminId = (
			db.$client.prepare("select id from person where personal_code = '329911-22334'").get() as {
				id: string;
			}
		).id;
		const admin = callerFor(db, adminId).admin;
		const setups = await admin.services({ municipalityId: 'cesis' });
		expect(setups.find((s) => s.service === 'education-enrolment')?.enabled).toBe(false);
		await admin.updateService({
			municipalityId: 'cesis',
			service: 'education-enrolment',
			enabled: true,
			settings: DEFAULT_ENROLMENT_SETTINGS
		});
		expect(await pushDraft(db, 'cesis')).toMatchObject({ status: 'applied' });
		expect(count(db, "select count(*) n from audit_event where action = 'settings.update'")).toBe(
			1
		);
	});

	it('refuses settings its schema does not accept, and another municipality’s', async () => {
		const db = freshDb();
		const admin = callerFor(db, 'demo-admin-riga').admin;
		await expect(
			admin.updateService({
				municipalityId: 'riga',
				service: 'no-such-service',
				enabled: true,
				settings: {}
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			admin.updateService({
				municipalityId: 'liepaja',
				service: 'education-enrolment',
				enabled: false,
				settings: {}
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(count(db, 'select count(*) n from service_settings where enabled = 0')).toBe(0);
	});

	it('keeps a draft already begun editable after the service is turned off, but not submittable', async () => {
		const db = freshDb();
		const { recordId, mutations } = draftAndSubmit(1);
		const anna = callerFor(db, 'demo-citizen-anna');
		const clientId = randomUUID();
		await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: mutations.slice(0, 1)
		});
		await callerFor(db, 'demo-admin-riga').admin.updateService({
			municipalityId: 'riga',
			service: 'education-enrolment',
			enabled: false,
			settings: ENROLMENT_DEMO_SETTINGS.riga
		});
		const out = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 2,
					name: 'application.saveDraft',
					args: {
						id: recordId,
						municipalityId: 'riga',
						service: 'education-enrolment',
						patch: { childSurname: 'Liepa' }
					}
				},
				{
					...mutations[1]!,
					id: 3,
					args: {
						...(mutations[1]!.args as Record<string, unknown>),
						payloadHash: contentHash({ ...COMPLETE_FIELDS, childSurname: 'Liepa' })
					}
				}
			]
		});
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
		const second: MutationResult | undefined = out.results[1];
		const refusal = second?.status === 'rejected' ? second.error : null;
		expect(refusal?.code).toBe('INCOMPLETE');
		expect(refusal?.issues).toContainEqual({ path: '', message: 'service.notOffered' });
	});
});
