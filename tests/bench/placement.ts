/**
 * Issue 16's placement benchmark on one Node thread, seeded synthetic data:
 * - `placement_grade10_ms`: Rīga grade-10 size (5 300 applicants, ~40 000 ranked entries, 55
 *   schools), end to end: keys from the rule set and facts, the match, the verification;
 * - `placement_preschool_ms`: Rīga pre-school size (23 000 children, 258 institutions, up to
 *   three choices), end to end as above;
 * - `placement_stress_ms`: a 600 000-applicant match (keys given, the match and verification).
 * Each figure is the median of a few timed runs after one warm-up run, as wall-clock time
 * (`…_ms`) and as this process's CPU time (`…_cpu_ms`), both beside the issue's limit.
 */
import type { PlacementInput, PriorityKey } from '../../src/lib/domain/placement/contract';
import { place } from '../../src/lib/domain/placement/deferred-acceptance';
import { idRecord } from '../../src/lib/domain/placement/keys';
import type { Fact } from '../../src/lib/domain/placement/facts';
import { zRuleSet, type RuleSet } from '../../src/lib/domain/placement/rule-set';
import { buildKeys, type RankedEntry } from '../../src/lib/domain/placement/rules';
import { verify } from '../../src/lib/domain/placement/verify';

export interface PlacementFigure {
	name: string;
	value: number;
	unit: 'ms';
	limit: number;
	ratio: number;
}

const SEED = '5eed'.repeat(16);
const RUN_DATE = '2027-06-20';

/** xorshift32: the same data on every machine and run. */
function generator(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}

/** Popular schools are much more popular: index drawn with weight ~ 1 / (i + 3). */
function skewedPick(random: () => number, count: number): number {
	return Math.min(count - 1, Math.floor(Math.exp(random() * Math.log(count + 3)) - 3 + random()));
}

function distinctChoices(random: () => number, count: number, howMany: number): number[] {
	const picked = new Set<number>();
	while (picked.size < Math.min(howMany, count)) {
		picked.add(Math.max(0, skewedPick(random, count)));
	}
	return [...picked];
}

interface Scenario {
	ruleSet: RuleSet;
	entries: RankedEntry[];
	facts: Record<string, Fact[]>;
}

export function grade10Scenario(): Scenario {
	const random = generator(10);
	const schools = 55;
	// Two directions per school (e.g. science, humanities): 110 programmes, ~5 000 seats.
	const programmes = Array.from({ length: schools * 2 }, (_, i) => ({
		id: `s${Math.floor(i / 2)}-${i % 2 === 0 ? 'sci' : 'hum'}`,
		institution: `s${Math.floor(i / 2)}`,
		capacity: 28 + Math.floor(random() * 36)
	}));
	const ruleSet = zRuleSet.parse({
		municipality: 'riga',
		intake: 'grade10-2027',
		version: 1,
		validFrom: '2027-01-01',
		groups: [
			{ name: 'commission', when: { fact: 'commissionDecision' } },
			{ name: 'ownPupils', when: { fact: 'siblingEnrolled' } }
		],
		eligibility: { fact: 'examScore', atLeast: 30 },
		tieBreak: 'scoreThenLottery',
		windows: [{ from: '2027-06-01', to: '2027-06-15' }],
		programmes
	});
	const entries: RankedEntry[] = [];
	const facts: Record<string, Fact[]> = {};
	for (let a = 0; a < 5_300; a += 1) {
		const id = `g10-${a}`;
		const choices = distinctChoices(random, programmes.length, 5 + Math.floor(random() * 6));
		entries.push({ id, choices: choices.map((p) => programmes[p]?.id ?? '') });
		facts[id] = [
			{ name: 'examScore', value: Math.round(random() * 1000) / 10, asOf: '2027-06-10' },
			{ name: 'registeredAt', value: '2027-06-05T08:00:00Z', asOf: '2027-06-05' },
			...(random() < 0.01
				? [{ name: 'commissionDecision', value: true, asOf: '2027-05-01' } satisfies Fact]
				: [])
		];
	}
	return { ruleSet, entries, facts };
}

export function preschoolScenario(): Scenario {
	const random = generator(23);
	const institutions = 258;
	const programmes = Array.from({ length: institutions }, (_, i) => ({
		id: `pii${i}`,
		institution: `pii${i}`,
		capacity: 20 + Math.floor(random() * 60)
	}));
	const ruleSet = zRuleSet.parse({
		municipality: 'riga',
		intake: 'preschool-2027-09',
		version: 1,
		validFrom: '2027-01-01',
		groups: [
			{ name: 'commission', when: { fact: 'commissionDecision' } },
			{ name: 'age5', when: { fact: 'birthDate', ageInRunYearAtLeast: 5 } },
			{
				name: 'siblingResident',
				when: { all: [{ fact: 'siblingEnrolled' }, { fact: 'childResidence', equals: 'riga' }] }
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
		programmes
	});
	const entries: RankedEntry[] = [];
	const facts: Record<string, Fact[]> = {};
	for (let a = 0; a < 23_000; a += 1) {
		const id = `pre-${a}`;
		const choices = distinctChoices(random, institutions, 1 + Math.floor(random() * 3));
		entries.push({ id, choices: choices.map((p) => `pii${p}`) });
		const registered = Date.UTC(2022, 0, 1) + Math.floor(random() * 4 * 365 * 86_400_000);
		const list: Fact[] = [
			{ name: 'registeredAt', value: new Date(registered).toISOString(), asOf: '2022-01-01' },
			{
				name: 'birthDate',
				value: `${2021 + Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-15`,
				asOf: '2021-01-01'
			},
			{ name: 'childResidence', value: random() < 0.9 ? 'riga' : 'marupe', asOf: '2025-01-01' },
			{ name: 'parentResidence', value: random() < 0.9 ? 'riga' : 'marupe', asOf: '2025-01-01' }
		];
		if (random() < 0.15) {
			list.push({
				name: 'siblingEnrolled',
				value: true,
				asOf: '2026-09-01',
				institution: `pii${choices[0]}`
			});
		}
		if (random() < 0.005) {
			list.push({ name: 'commissionDecision', value: true, asOf: '2027-03-01' });
		}
		facts[id] = list;
	}
	return { ruleSet, entries, facts };
}

/** 600 000 applicants, 3 000 programmes, ~5 choices each, keys [group, tie, fallback]. */
export function stressInput(): PlacementInput {
	const random = generator(600);
	const count = 3_000;
	const programmes = Array.from({ length: count }, (_, i) => ({
		id: `p${i}`,
		seats: 100 + Math.floor(random() * 120)
	}));
	const applicants = Array.from({ length: 600_000 }, (_, a) => {
		const choices = distinctChoices(random, count, 1 + Math.floor(random() * 9)).map(
			(p) => `p${p}`
		);
		const group = Math.floor(random() * 4);
		// As buildKeys makes them: a hash table per applicant (keys.ts, idRecord).
		const keys = idRecord<PriorityKey>();
		for (const choice of choices) {
			keys[choice] = [random() < 0.1 ? 0 : group, Math.floor(random() * 1e9), a];
		}
		return { id: `x${a}`, choices, keys };
	});
	return { programmes, applicants };
}

function endToEnd(scenario: Scenario): void {
	const built = buildKeys(scenario.ruleSet, scenario.entries, scenario.facts, RUN_DATE, SEED);
	const result = place(built.input);
	const report = verify(built.input, result);
	if (!report.ok) {
		throw new Error('the benchmark run did not verify');
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Timing {
	wallMs: number;
	cpuMs: number;
}

/**
 * Median wall-clock and CPU time of a few runs after a warm-up. The CPU time (this process,
 * user + system) is printed beside the wall time because the bench machine is shared: under
 * load the wall time counts other people's work too.
 */
function timed(run: () => void, repeats: number): Timing {
	run(); // warm-up: JIT and caches, not measured
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < repeats; i += 1) {
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		run();
		wall.push(performance.now() - started);
		const used = process.cpuUsage(cpuBefore);
		cpu.push((used.user + used.system) / 1000);
	}
	return { wallMs: median(wall), cpuMs: median(cpu) };
}

function figure(name: string, value: number, limit: number): PlacementFigure {
	const rounded = Math.round(value * 10) / 10;
	return {
		name,
		value: rounded,
		unit: 'ms',
		limit,
		ratio: Math.round((value / limit) * 1000) / 1000
	};
}

function figures(name: string, timing: Timing, limit: number): PlacementFigure[] {
	return [
		figure(`${name}_ms`, timing.wallMs, limit),
		figure(`${name}_cpu_ms`, timing.cpuMs, limit)
	];
}

export function measurePlacement(log: (line: string) => void = () => {}): PlacementFigure[] {
	const grade10 = grade10Scenario();
	const entries = grade10.entries.reduce((sum, e) => sum + e.choices.length, 0);
	log(`grade 10: ${grade10.entries.length} applicants, ${entries} ranked entries, 55 schools`);
	const grade10Ms = timed(() => endToEnd(grade10), 7);

	const preschool = preschoolScenario();
	log(
		`pre-school: ${preschool.entries.length} children, ${preschool.ruleSet.programmes.length} institutions`
	);
	const preschoolMs = timed(() => endToEnd(preschool), 5);

	const stress = stressInput();
	log(`stress: ${stress.applicants.length} applicants, ${stress.programmes.length} programmes`);
	const stressMs = timed(() => {
		const result = place(stress);
		if (!verify(stress, result).ok) {
			throw new Error('the stress run did not verify');
		}
	}, 1);

	return [
		...figures('placement_grade10', grade10Ms, 250),
		...figures('placement_preschool', preschoolMs, 500),
		...figures('placement_stress', stressMs, 20_000)
	];
}
