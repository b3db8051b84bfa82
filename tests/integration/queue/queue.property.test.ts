import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../src/lib/domain/queue';
import { startOfLatvianDay } from '../../../src/lib/domain/time';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from './queue-world';

const NOW = Date.parse('2026-03-10T08:00:00Z');
const DAY0 = Date.parse('2026-03-01T06:00:00Z');
const STATUSES = ['submitted', 'in_review', 'information_requested'] as const;
const NAMES = ['Liepiņa', 'Ozols', 'Bērziņš', 'Kalniņa'] as const;
const INSTITUTIONS = ['riga-saulite', 'riga-zilite'] as const;
const ASSIGNEES = [null, 'demo-officer-riga', 'demo-inspector-riga'] as const;
const DUES = [null, '2026-03-06', '2026-03-10', '2026-03-12', '2026-03-20'] as const;

const zRow = fc.record({
	municipalityId: fc.constantFrom('riga', 'riga', 'liepaja'),
	status: fc.constantFrom(...STATUSES),
	surname: fc.constantFrom(...NAMES),
	institutions: fc.subarray([...INSTITUTIONS]),
	assigneeId: fc.constantFrom(...ASSIGNEES),
	dueOn: fc.constantFrom(...DUES),
	day: fc.integer({ min: 0, max: 5 })
});
const zFilter = fc.record(
	{
		status: fc.subarray([...STATUSES], { minLength: 1 }),
		institution: fc.constantFrom(...INSTITUTIONS),
		assignee: fc.constantFrom('me', 'none', 'demo-inspector-riga'),
		due: fc.constantFrom('overdue', 'dueSoon'),
		q: fc.constantFrom('liepiņa', 'liep', 'berz', 'kalniņa'),
		submittedFrom: fc.constantFrom('2026-03-02', '2026-03-04'),
		submittedTo: fc.constantFrom('2026-03-04', '2026-03-06')
	},
	{ requiredKeys: [] }
);

type Spec = typeof zRow extends fc.Arbitrary<infer T> ? T : never;
type Row = Spec & { id: string; submittedAt: number };
type Filter = typeof zFilter extends fc.Arbitrary<infer T> ? T : never;

/** The same filter over the rows in memory, written the plainest way. */
function naive(rows: Row[], f: Filter): string[] {
	const from = f.submittedFrom ? startOfLatvianDay(f.submittedFrom) : -Infinity;
	const to = f.submittedTo ? startOfLatvianDay(f.submittedTo) + 86_400_000 : Infinity;
	return rows
		.filter((r) => r.municipalityId === 'riga')
		.filter((r) => !f.status || (f.status as string[]).includes(r.status))
		.filter((r) => !f.institution || r.institutions.includes(f.institution))
		.filter(
			(r) =>
				!f.assignee ||
				(f.assignee === 'none'
					? r.assigneeId === null
					: r.assigneeId === (f.assignee === 'me' ? 'demo-officer-riga' : f.assignee))
		)
		.filter(
			(r) =>
				!f.due ||
				(r.dueOn !== null &&
					(f.due === 'overdue'
						? r.dueOn < '2026-03-10'
						: r.dueOn >= '2026-03-10' && r.dueOn <= '2026-03-12'))
		)
		.filter((r) => {
			if (!f.q) {
				return true;
			}
			const words = ['elza', r.surname.toLowerCase(), foldDiacritics(r.surname.toLowerCase())];
			return words.some((w) => w.startsWith(f.q ?? ''));
		})
		.filter((r) => r.submittedAt >= from && r.submittedAt < to)
		.sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1))
		.map((r) => r.id);
}

describe('the queue query', () => {
	it('returns what a naive in-memory filter of the same rows returns', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(zRow, { maxLength: 25 }), zFilter, async (specs, filter) => {
				const db = freshDb();
				const rows: Row[] = specs.map((s, i) => {
					const submittedAt = DAY0 + s.day * 86_400_000 + i;
					const id = insertQueued(db, {
						municipalityId: s.municipalityId,
						status: s.status,
						submittedAt,
						assigneeId: s.assigneeId,
						dueOn: s.dueOn,
						applicantId: 'demo-citizen-janis',
						data: {
							childGivenName: 'Elza',
							childSurname: s.surname,
							institutionChoices: s.institutions.map((x) => x.replace('riga', s.municipalityId))
						}
					});
					return { ...s, id, submittedAt };
				});
				const page = await callerFor(db, 'demo-officer-riga', () => NOW).office.queue({
					municipalityId: 'riga',
					...filter
				});
				expect(page.rows.map((r) => r.id)).toEqual(naive(rows, filter));
				db.$client.close();
			}),
			{ numRuns: 60 }
		);
	});
});
