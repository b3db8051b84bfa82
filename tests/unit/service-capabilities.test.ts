import { describe, expect, it } from 'vitest';
import { zCheckKey } from '../../src/lib/domain/inspection';
import {
	inspectedService,
	inspectionCheck,
	listServices,
	serviceCatalogue,
	serviceWith,
	servicesWith
} from '../../src/lib/services/registry';

/**
 * What the platform relies on when it asks the registry for a capability (issue 14, item 2):
 * each registered service's declarations are well-formed, whatever service is added next.
 */
describe('the registry', () => {
	it('lists a service under a capability exactly when its definition declares it', () => {
		for (const capability of ['register', 'inspection', 'decision', 'messages'] as const) {
			const ids = servicesWith(capability).map((def) => def.id);
			expect(ids, capability).toEqual(
				listServices()
					.filter((def) => def[capability] !== undefined)
					.map((def) => def.id)
			);
			for (const def of listServices()) {
				expect(serviceWith(def.id, capability)?.id, `${def.id} ${capability}`).toBe(
					def[capability] ? def.id : undefined
				);
			}
		}
		expect(serviceWith('no-such-service', 'register')).toBeUndefined();
		expect(serviceWith(null, 'register')).toBeUndefined();
	});

	it('gives reports to the one service whose inspection takes them', () => {
		const takers = servicesWith('inspection').filter((def) => def.inspection.takesReports);
		expect(takers.length).toBe(1);
		expect(inspectedService(null)?.id).toBe(takers[0]?.id);
		for (const def of servicesWith('inspection')) {
			expect(inspectedService(def.id)?.id).toBe(def.id);
		}
	});

	it('supplies each service’s title and messages to the catalogue, in both languages', () => {
		for (const lang of ['lv', 'en'] as const) {
			const catalogue = serviceCatalogue(lang);
			for (const def of listServices()) {
				expect(catalogue[`service.${def.id}`]).toBe(def.title[lang]);
				for (const [key, text] of Object.entries(def.messages?.[lang] ?? {})) {
					expect(catalogue[key], key).toBe(text);
				}
			}
		}
	});
});

describe('each inspection capability', () => {
	for (const def of servicesWith('inspection')) {
		const { checks } = def.inspection;

		it(`${def.id}: names its checks with keys the wire accepts, each once, in both languages`, () => {
			expect(checks.length).toBeGreaterThan(0);
			expect(new Set(checks.map((c) => c.key)).size).toBe(checks.length);
			for (const check of checks) {
				expect(zCheckKey.safeParse(check.key).success, check.key).toBe(true);
				for (const text of [check.name, check.hint]) {
					expect(text.lv.trim()).not.toBe('');
					expect(text.en.trim()).not.toBe('');
				}
				expect(inspectionCheck(def.id, check.key)).toBe(check);
			}
		});

		it(`${def.id}: sets up a task only with checks it declares, for a kind or none`, () => {
			const known = new Set(checks.map((c) => c.key));
			// No kind (a report) and a kind the settings do not know: a full list either way.
			for (const kind of [null, 'not-a-kind']) {
				const setup = def.inspection.setup(def.defaultSettings, kind);
				expect(setup.checklist.length).toBeGreaterThan(0);
				expect(
					setup.checklist.every((key) => known.has(key)),
					String(kind)
				).toBe(true);
				expect(setup.maxDistanceMetres).toBeGreaterThan(0);
				expect(setup.maxAccuracyMetres).toBeGreaterThan(0);
			}
			expect(def.inspection.periodicMonths(def.defaultSettings)).toBeGreaterThanOrEqual(0);
		});

		it(`${def.id}: shows an empty subject as rows with distinct keys`, () => {
			const subject = def.inspection.subject({});
			expect(subject).toMatchObject({ lat: null, lon: null });
			const rows = def.inspection.subjectRows(subject, 'lv');
			expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
		});
	}
});

describe('open data columns', () => {
	for (const def of servicesWith('openData')) {
		it(`${def.id}: are named once each, as machine names, with labels in both languages`, () => {
			const names = def.openData.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
			for (const column of def.openData) {
				expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(column.label.lv.trim()).not.toBe('');
				expect(column.label.en.trim()).not.toBe('');
				expect(['string', 'number', 'boolean', 'object']).toContain(typeof column.value({}));
			}
		});
	}
});
