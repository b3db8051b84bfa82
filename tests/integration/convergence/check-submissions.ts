import { canonicalJson } from '../../../src/lib/domain/canonical-hash';
import type { History } from './history';
import type { SimServer } from './sim-server';

/**
 * SYNC.md T3 property 5: one submission row per submission id, at most one per application,
 * each applied submit backed by its row with the answer the device got, every application
 * out of draft submitted exactly once, and registration numbers never given twice.
 */
export function checkSubmissions(server: SimServer, history: History): string[] {
	const problems: string[] = [];
	const rows = server.db.$client
		.prepare('select submission_id, application_id, result_json from submission')
		.all() as { submission_id: string; application_id: string; result_json: string }[];
	const apps = server.db.$client
		.prepare('select id, status, submission_id, registration_number from application')
		.all() as {
		id: string;
		status: string;
		submission_id: string | null;
		registration_number: string | null;
	}[];
	const countBy = (values: string[]) => {
		const counts = new Map<string, number>();
		for (const v of values) {
			counts.set(v, (counts.get(v) ?? 0) + 1);
		}
		return [...counts].filter(([, n]) => n > 1).map(([v]) => v);
	};
	for (const twice of countBy(rows.map((r) => r.submission_id))) {
		problems.push(`submission id ${twice} has more than one row`);
	}
	for (const twice of countBy(rows.map((r) => r.application_id))) {
		problems.push(`application ${twice} was submitted more than once`);
	}
	for (const twice of countBy(apps.flatMap((a) => a.registration_number ?? []))) {
		problems.push(`registration number ${twice} was given twice`);
	}
	for (const app of apps) {
		const row = rows.find((r) => r.application_id === app.id);
		if (
			(app.status !== 'draft') !== Boolean(row) ||
			app.submission_id !== (row?.submission_id ?? null)
		) {
			problems.push(`application ${app.id} (${app.status}) and its submission rows disagree`);
		}
	}
	for (const r of history.results) {
		if (r.status !== 'applied' || r.mutation.name !== 'application.submit') {
			continue;
		}
		const args = r.mutation.args as { id: string; submissionId: string };
		const row = rows.find((s) => s.submission_id === args.submissionId);
		if (
			!row ||
			row.application_id !== args.id ||
			canonicalJson(JSON.parse(row.result_json)) !== canonicalJson(r.result)
		) {
			problems.push(`${r.device} submit ${args.submissionId} has no matching submission row`);
		}
	}
	return problems;
}
