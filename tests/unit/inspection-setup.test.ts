import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shapeOf, type SchemaNode } from '../../src/lib/components/admin/settings/settings-model';
import {
	CHECK_KEYS,
	type CheckKey
} from '../../src/lib/services/advertising-permit/inspection-setup';
import {
	DEFAULT_PERMIT_SETTINGS,
	demoSettingsByMunicipality
} from '../../src/lib/services/advertising-permit/demo-settings';
import {
	CHECK_HINTS,
	CHECK_NAMES,
	DEFAULT_INSPECTION_SETTINGS,
	inspectionSetup
} from '../../src/lib/services/advertising-permit/inspection-setup';
import { KIND_NAMES, PERMIT_KINDS } from '../../src/lib/services/advertising-permit/kinds';
import {
	zPermitSettings,
	type PermitSettings
} from '../../src/lib/services/advertising-permit/settings';

/** Settings as stored before inspections existed: everything but the `inspection` block. */
function storedBeforeInspections(): Record<string, unknown> {
	const { inspection: _dropped, ...rest } = structuredClone(DEFAULT_PERMIT_SETTINGS);
	void _dropped;
	return rest;
}

function withChecklists(checklists: PermitSettings['inspection']['checklists']): PermitSettings {
	return {
		...DEFAULT_PERMIT_SETTINGS,
		inspection: { ...DEFAULT_INSPECTION_SETTINGS, checklists }
	};
}

describe('inspection settings', () => {
	it('are filled with the defaults when a stored row predates them', () => {
		const old = storedBeforeInspections();
		expect(old).not.toHaveProperty('inspection');
		const parsed = zPermitSettings.parse(old);
		expect(parsed.inspection).toEqual(DEFAULT_INSPECTION_SETTINGS);
		expect(parsed.inspection).toMatchObject({
			maxDistanceMetres: 50,
			maxAccuracyMetres: 30,
			periodicMonths: 12
		});
	});

	it('refuse an empty checklist, an unknown check, a repeated check and bad limits', () => {
		const refused = (inspection: unknown) =>
			zPermitSettings.safeParse({ ...DEFAULT_PERMIT_SETTINGS, inspection });
		const lists = DEFAULT_INSPECTION_SETTINGS.checklists;
		const base = DEFAULT_INSPECTION_SETTINGS;
		const empty = refused({ ...base, checklists: { ...lists, sign: [] } });
		expect(empty.success).toBe(false);
		expect(empty.error?.issues[0]?.path).toEqual(['inspection', 'checklists', 'sign']);
		expect(refused({ ...base, checklists: { ...lists, sign: ['colour'] } }).success).toBe(false);
		expect(
			refused({ ...base, checklists: { ...lists, mobile: ['design', 'design'] } }).success
		).toBe(false);
		expect(refused({ ...base, maxDistanceMetres: 0 }).success).toBe(false);
		expect(refused({ ...base, maxAccuracyMetres: 2.5 }).success).toBe(false);
		expect(refused({ ...base, periodicMonths: -1 }).success).toBe(false);
		expect(refused({ ...base, periodicMonths: 0 }).success).toBe(true);
	});

	it('show on the admin form as check boxes named by CHECK_NAMES, under each kind', () => {
		const schema = z.toJSONSchema(zPermitSettings, {
			io: 'input',
			unrepresentable: 'any'
		}) as SchemaNode;
		const inspection = schema.properties?.inspection;
		// Optional on input (old rows lack it), and a new form starts from the defaults.
		expect(schema.required).not.toContain('inspection');
		expect(inspection?.default).toEqual(DEFAULT_INSPECTION_SETTINGS);
		const checklists = inspection?.properties?.checklists;
		expect(shapeOf(checklists!).kind).toBe('object');
		for (const kind of PERMIT_KINDS) {
			const list = checklists?.properties?.[kind];
			expect(list?.label, kind).toEqual(KIND_NAMES[kind]);
			expect(list?.optionLabels, kind).toEqual(CHECK_NAMES);
			expect(shapeOf(list!), kind).toEqual({ kind: 'enumSet', options: [...CHECK_KEYS] });
		}
	});

	it('name and explain every check in both languages', () => {
		for (const key of CHECK_KEYS) {
			for (const text of [CHECK_NAMES[key], CHECK_HINTS[key]]) {
				expect(text.lv.trim(), key).not.toBe('');
				expect(text.en.trim(), key).not.toBe('');
			}
		}
		expect(Object.keys(CHECK_NAMES).sort()).toEqual([...CHECK_KEYS].sort());
		expect(Object.keys(CHECK_HINTS).sort()).toEqual([...CHECK_KEYS].sort());
	});
});

describe('inspectionSetup', () => {
	it('gives the kind’s checklist and the municipality’s limits', () => {
		const riga = demoSettingsByMunicipality.riga!;
		expect(inspectionSetup(riga, 'sign')).toEqual({
			checklist: ['design', 'dimensions', 'position', 'mounting', 'lighting', 'permitNumber'],
			maxDistanceMetres: 50,
			maxAccuracyMetres: 30
		});
		expect(inspectionSetup(riga, 'mobile').checklist).toEqual([
			'design',
			'dimensions',
			'permitNumber'
		]);
		expect(inspectionSetup(riga, 'temporary').checklist).toContain('mounting');
		expect(inspectionSetup(demoSettingsByMunicipality.jurmala!, 'notice')).toMatchObject({
			maxDistanceMetres: 75
		});
	});

	it('keeps the form’s order whatever order the settings list the checks in', () => {
		const settings = withChecklists({
			...DEFAULT_INSPECTION_SETTINGS.checklists,
			notice: ['permitNumber', 'design', 'position']
		});
		expect(inspectionSetup(settings, 'notice').checklist).toEqual([
			'design',
			'position',
			'permitNumber'
		]);
	});

	it('asks every check the municipality uses when the kind is not known', () => {
		const settings = withChecklists({
			sign: ['design'],
			groundObject: ['design', 'mounting'],
			nonGroundObject: ['design'],
			mobile: ['permitNumber'],
			temporary: ['design'],
			notice: ['design'],
			designChange: ['design']
		});
		for (const kind of [null, 'billboard', '']) {
			// Lighting and dimensions are checked nowhere here, so not asked either.
			expect(inspectionSetup(settings, kind).checklist).toEqual([
				'design',
				'mounting',
				'permitNumber'
			]);
		}
	});

	it('every kind, known or not, gives a non-empty list of known checks, each once', () => {
		const checklist = fc.uniqueArray(fc.constantFrom(...CHECK_KEYS), {
			minLength: 1,
			maxLength: CHECK_KEYS.length
		});
		const checklists = fc.record(
			Object.fromEntries(PERMIT_KINDS.map((k) => [k, checklist])) as Record<
				(typeof PERMIT_KINDS)[number],
				fc.Arbitrary<CheckKey[]>
			>
		);
		const kind = fc.oneof(fc.constantFrom(...PERMIT_KINDS), fc.string(), fc.constant(null));
		fc.assert(
			fc.property(checklists, kind, (lists, permitKind) => {
				const settings = zPermitSettings.parse(withChecklists(lists));
				const { checklist: got } = inspectionSetup(settings, permitKind);
				expect(got.length).toBeGreaterThan(0);
				expect(new Set(got).size).toBe(got.length);
				for (const key of got) {
					expect(CHECK_KEYS).toContain(key);
				}
				const known = (PERMIT_KINDS as readonly string[]).includes(permitKind ?? '');
				if (known) {
					expect([...got].sort()).toEqual([...lists[permitKind as keyof typeof lists]].sort());
				}
			})
		);
	});
});
