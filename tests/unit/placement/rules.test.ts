import { describe, expect, it } from 'vitest';
import { toIssues } from '../../../src/lib/domain/issues';
import { en, lv } from '../../../src/lib/i18n/messages';
import { zFact, type Fact } from '../../../src/lib/domain/placement/facts';
import { zRuleSet, type RuleSetInput } from '../../../src/lib/domain/placement/rule-set';
import { buildKeys, MISSING } from '../../../src/lib/domain/placement/rules';
import {
	drawFor,
	seedCommitment,
	seedMatches,
	zSeed
} from '../../../src/lib/domain/placement/seed';

const SEED = '00'.repeat(32);
const OTHER_SEED = 'ab'.repeat(32);

/** Shaped on Rīga's pre-school queue grounds (demo values, not adopted rules). */
const preschool: RuleSetInput = {
	municipality: 'riga',
	intake: 'preschool-2027',
	version: 1,
	validFrom: '2026-09-01',
	groups: [
		{ name: 'commission', when: { fact: 'commissionDecision' } },
		{ name: 'age5', when: { fact: 'birthDate', ageInRunYearAtLeast: 5 } },
		{
			name: 'siblingResident',
			when: {
				all: [
					{ fact: 'siblingEnrolled' },
					{ fact: 'childResidence', equals: 'riga' },
					{ fact: 'parentResidence', equals: 'riga' }
				]
			}
		},
		{
			name: 'resident',
			when: {
				all: [
					{ fact: 'childResidence', equals: 'riga' },
					{ fact: 'parentResidence', equals: 'riga' }
				]
			}
		}
	],
	tieBreak: 'registration',
	windows: [],
	programmes: [
		{ id: 'pii1-g1', institution: 'pii1', capacity: 20 },
		{ id: 'pii2-g1', institution: 'pii2', capacity: 15 }
	]
};

const fact = (name: string, value: string | number | boolean, asOf: string, institution?: string) =>
	zFact.parse({ name, value, asOf, ...(institution === undefined ? {} : { institution }) });

const issues = (input: unknown) => {
	const parsed = zRuleSet.safeParse(input);
	return parsed.success
		? []
		: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('priority rule sets are refused with a reason when they cannot work', () => {
	it('accepts a consistent set', () => {
		expect(issues(preschool)).toEqual([]);
	});

	it('refuses a group that refers to a fact that does not exist', () => {
		expect(
			issues({
				...preschool,
				groups: [{ name: 'x', when: { any: [{ fact: 'favouriteColour' }] } }]
			})
		).toContainEqual({ path: 'groups.0.when.any.0.fact', message: 'placementEngine.unknownFact' });
	});

	it('refuses a test that does not fit the fact', () => {
		expect(
			issues({ ...preschool, groups: [{ name: 'x', when: { fact: 'examScore', equals: 'high' } }] })
		).toContainEqual({ path: 'groups.0.when.fact', message: 'placementEngine.factTest' });
		expect(
			issues({ ...preschool, groups: [{ name: 'x', when: { fact: 'registeredAt' } }] })
		).toContainEqual({ path: 'groups.0.when.fact', message: 'placementEngine.factTest' });
	});

	it('refuses duplicate group names, zero capacity and a programme listed twice', () => {
		expect(
			issues({
				...preschool,
				groups: [preschool.groups[0], { ...preschool.groups[1], name: 'commission' }],
				programmes: [
					{ id: 'a', institution: 'i', capacity: 0 },
					{ id: 'a', institution: 'i', capacity: 3 }
				]
			})
		).toEqual([
			{ path: 'groups.1.name', message: 'placementEngine.duplicateGroup' },
			{ path: 'programmes.0.capacity', message: 'placementEngine.zeroCapacity' },
			{ path: 'programmes.1.id', message: 'placementEngine.duplicateProgramme' }
		]);
	});

	it('refuses overlapping windows, a window ending before it starts, and a lottery without one', () => {
		expect(
			issues({
				...preschool,
				tieBreak: 'lottery',
				windows: [
					{ from: '2027-03-01', to: '2027-03-31' },
					{ from: '2027-03-31', to: '2027-04-10' },
					{ from: '2027-06-10', to: '2027-06-01' }
				]
			})
		).toEqual([
			{ path: 'windows.2.to', message: 'placementEngine.windowOrder' },
			{ path: 'windows.1.from', message: 'placementEngine.windowsOverlap' }
		]);
		expect(issues({ ...preschool, tieBreak: 'lottery', windows: [] })).toEqual([
			{ path: 'windows', message: 'placementEngine.windowRequired' }
		]);
	});

	it('says every refusal in the catalogue, Latvian and English, at its field', () => {
		const parsed = zRuleSet.safeParse({
			...preschool,
			tieBreak: 'lottery',
			groups: [
				{ name: 'x', when: { fact: 'nope' } },
				{ name: 'x', when: { fact: 'orphan', atLeast: 1 } }
			],
			windows: [
				{ from: '2027-03-01', to: '2027-03-31' },
				{ from: '2027-03-15', to: '2027-02-01' }
			],
			programmes: [{ id: 'a', institution: 'i', capacity: 0 }]
		});
		if (parsed.success) {
			throw new Error('an inconsistent rule set was accepted');
		}
		const shown = toIssues(parsed.error);
		expect(shown.length).toBeGreaterThanOrEqual(5);
		for (const issue of shown) {
			expect(lv, issue.path).toHaveProperty([issue.message]);
			expect(en, issue.path).toHaveProperty([issue.message]);
			expect(issue.path).not.toBe('');
		}
	});

	it('refuses a fact whose value does not fit its kind', () => {
		expect(
			zFact.safeParse({ name: 'examScore', value: 'ten', asOf: '2027-01-01' }).error?.issues
		).toMatchObject([{ path: ['value'], message: 'placementEngine.factValue' }]);
	});
});

describe('buildKeys', () => {
	const ruleSet = zRuleSet.parse(preschool);
	const runDate = '2027-05-01';
	const facts: Record<string, Fact[]> = {
		resident: [
			fact('childResidence', 'riga', '2026-01-10'),
			fact('parentResidence', 'riga', '2026-01-10'),
			fact('registeredAt', '2025-02-01T10:00:00Z', '2025-02-01')
		],
		sibling: [
			fact('childResidence', 'riga', '2026-01-10'),
			fact('parentResidence', 'riga', '2026-01-10'),
			fact('siblingEnrolled', true, '2026-09-01', 'pii2'),
			fact('registeredAt', '2026-02-01T10:00:00Z', '2026-02-01')
		],
		movedLate: [
			// Residence declared after the run date does not count yet.
			fact('childResidence', 'riga', '2027-05-02'),
			fact('parentResidence', 'riga', '2027-05-02'),
			fact('registeredAt', '2024-01-01T00:00:00Z', '2024-01-01')
		],
		fiveYearOld: [fact('birthDate', '2022-12-31', '2022-12-31')]
	};
	const entries = [
		{ id: 'resident', choices: ['pii2-g1', 'pii1-g1'] },
		{ id: 'sibling', choices: ['pii2-g1', 'pii1-g1'] },
		{ id: 'movedLate', choices: ['pii1-g1', 'unknown'] },
		{ id: 'fiveYearOld', choices: ['pii1-g1'] }
	];
	const built = buildKeys(ruleSet, entries, facts, runDate, SEED);

	it('puts each applicant in the first group that holds, per institution, with its evidence', () => {
		expect(built.evidence.sibling?.programmes['pii2-g1']).toMatchObject({
			group: 'siblingResident',
			groupRank: 2,
			groupFacts: [facts.sibling?.[2], facts.sibling?.[0], facts.sibling?.[1]]
		});
		// The sibling is enrolled at pii2, not pii1.
		expect(built.evidence.sibling?.programmes['pii1-g1']).toMatchObject({
			group: 'resident',
			groupRank: 3
		});
		expect(built.evidence.movedLate?.programmes['pii1-g1']).toMatchObject({
			group: null,
			groupRank: 4
		});
		// Born in 2022: turns 5 in 2027, the run's year.
		expect(built.evidence.fiveYearOld?.programmes['pii1-g1']).toMatchObject({
			group: 'age5',
			groupFacts: facts.fiveYearOld
		});
	});

	it('makes keys [group, window, registration ms, fallback], only for known programmes', () => {
		const resident = built.input.applicants.find((a) => a.id === 'resident');
		const { fallback } = drawFor(SEED, 'resident');
		expect(resident?.keys).toEqual({
			'pii2-g1': [3, 0, Date.parse('2025-02-01T10:00:00Z'), fallback],
			'pii1-g1': [3, 0, Date.parse('2025-02-01T10:00:00Z'), fallback]
		});
		expect(
			Object.keys(built.input.applicants.find((a) => a.id === 'movedLate')?.keys ?? {})
		).toEqual(['pii1-g1']);
		expect(built.input.applicants.find((a) => a.id === 'fiveYearOld')?.keys['pii1-g1']?.[2]).toBe(
			MISSING
		);
		expect(built.input.programmes).toEqual([
			{ id: 'pii1-g1', seats: 20 },
			{ id: 'pii2-g1', seats: 15 }
		]);
	});

	it('gives no keys where the eligibility rule fails', () => {
		const residentsOnly = zRuleSet.parse({
			...preschool,
			eligibility: { fact: 'childResidence', oneOf: ['riga', 'marupe'] }
		});
		const keys = buildKeys(residentsOnly, entries, facts, runDate, SEED);
		expect(keys.evidence.fiveYearOld).toMatchObject({ eligible: false, programmes: {} });
		expect(keys.evidence.resident?.eligibilityFacts).toEqual([facts.resident?.[0]]);
	});

	it('orders by window, then lottery, birth date or score', () => {
		const grade1 = zRuleSet.parse({
			...preschool,
			groups: [],
			tieBreak: 'birthDate',
			windows: [
				{ from: '2027-03-01', to: '2027-03-31' },
				{ from: '2027-04-01', to: '2027-04-30' }
			]
		});
		const f = {
			// 31 March 23:30 in Riga is 21:30 UTC: still the first window.
			early: [
				fact('registeredAt', '2027-03-31T20:30:00Z', '2027-03-31'),
				fact('birthDate', '2020-05-01', '2020-05-01')
			],
			late: [
				fact('registeredAt', '2027-03-31T21:30:00Z', '2027-04-01'),
				fact('birthDate', '2020-01-01', '2020-01-01')
			]
		};
		const es = [
			{ id: 'early', choices: ['pii1-g1'] },
			{ id: 'late', choices: ['pii1-g1'] }
		];
		const keys = buildKeys(grade1, es, f, runDate, SEED).input.applicants.map((a) =>
			a.keys['pii1-g1']?.slice(0, 3)
		);
		expect(keys).toEqual([
			[0, 0, Date.UTC(2020, 4, 1) / 86_400_000],
			[0, 1, Date.UTC(2020, 0, 1) / 86_400_000]
		]);

		const grade10 = zRuleSet.parse({ ...grade1, tieBreak: 'scoreThenLottery' });
		const scored = buildKeys(
			grade10,
			[{ id: 's', choices: ['pii1-g1'] }],
			{ s: [fact('examScore', 87.5, '2027-04-20'), fact('examScore', 90, '2027-06-01')] },
			runDate,
			SEED
		);
		expect(scored.input.applicants[0]?.keys['pii1-g1']?.slice(1, 4)).toEqual([
			grade1.windows.length,
			-87.5,
			drawFor(SEED, 's').lottery
		]);
		expect(scored.evidence.s?.programmes['pii1-g1']?.tieBreakFacts).toEqual([
			{ name: 'examScore', value: 87.5, asOf: '2027-04-20' }
		]);
	});

	it('gives the same keys for the same seed in any order, other keys for another seed', () => {
		const reversed = buildKeys(ruleSet, [...entries].reverse(), facts, runDate, SEED);
		const byId = (list: typeof built.input.applicants) =>
			Object.fromEntries(list.map((a) => [a.id, a.keys]));
		expect(byId(reversed.input.applicants)).toEqual(byId(built.input.applicants));
		const other = buildKeys(ruleSet, entries, facts, runDate, OTHER_SEED);
		expect(byId(other.input.applicants)).not.toEqual(byId(built.input.applicants));
	});
});

describe('the seed', () => {
	it('is committed to by its SHA-256, published before the run', () => {
		// SHA-256 of 32 zero bytes (a well-known test vector).
		expect(seedCommitment(SEED)).toBe(
			'66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925'
		);
		expect(seedMatches(SEED, seedCommitment(SEED))).toBe(true);
		expect(seedMatches(OTHER_SEED, seedCommitment(SEED))).toBe(false);
		expect(seedMatches('not hex', seedCommitment(SEED))).toBe(false);
		expect(zSeed.safeParse('AB'.repeat(32)).error?.issues[0]?.message).toBe(
			'placementEngine.seedFormat'
		);
	});

	it('draws 48-bit numbers from HMAC-SHA-256(seed, id), the same on every replay', () => {
		const draw = drawFor(SEED, 'child-1');
		expect(drawFor(SEED, 'child-1')).toEqual(draw);
		expect(drawFor(SEED, 'child-2')).not.toEqual(draw);
		expect(drawFor(OTHER_SEED, 'child-1')).not.toEqual(draw);
		for (const n of [draw.lottery, draw.fallback]) {
			expect(Number.isSafeInteger(n) && n >= 0 && n < 2 ** 48).toBe(true);
		}
	});
});
