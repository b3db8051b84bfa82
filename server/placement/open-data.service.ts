import type { PlacementResult } from '../../src/lib/domain/placement/contract';
import type { PlacementOpenData } from '../../src/lib/domain/placement-views';
import { todayInLatvia } from '../../src/lib/domain/time';
import { servicesWith } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { placementRepo } from './placement.repo';
import { programmeViews } from './programmes.service';
import { takeSnapshot } from './runs.service';
import type { RunSnapshot } from './snapshot';

/**
 * Anonymised figures ready for open data (issue 18 exports them): per published run and
 * programme the seats and the cut-off's group (never a key's tie-break, which could name a
 * child by receipt time or birth date), and today's queue sizes per intake and group.
 */
export function placementOpenData(
	db: DbOrTx,
	municipalityId: string,
	now: number
): PlacementOpenData {
	const today = todayInLatvia(now);
	const institutionOf = new Map(
		programmeViews(db, municipalityId, today).map((p) => [p.id, p.institutionId])
	);
	const cutoffs: PlacementOpenData['cutoffs'] = [];
	for (const summary of placementRepo.runs(db, municipalityId, 200)) {
		if (summary.status !== 'published') {
			continue;
		}
		const run = placementRepo.run(db, municipalityId, summary.id);
		if (!run?.result) {
			continue;
		}
		const snapshot = JSON.parse(run.snapshot) as RunSnapshot;
		const result = JSON.parse(run.result) as PlacementResult;
		for (const p of snapshot.programmes) {
			const cutoff = result.cutoffs[p.id] ?? null;
			cutoffs.push({
				runId: run.id,
				runDate: run.runDate,
				intake: run.intake,
				programmeId: p.id,
				institutionId: institutionOf.get(p.id) ?? '',
				seats: p.seats,
				cutoffGroupRank: cutoff && cutoff.length > 0 ? (cutoff[0] ?? null) : null
			});
		}
	}
	const queueSizes: PlacementOpenData['queueSizes'] = [];
	for (const def of servicesWith('placement')) {
		const intakes = new Set(
			placementRepo.programmes(db, municipalityId, def.id).map((p) => p.level)
		);
		for (const intake of [...intakes].sort()) {
			const { snapshot } = takeSnapshot(
				db,
				municipalityId,
				{ service: def.id, intake, kind: 'rolling' },
				today
			);
			const sizes = new Map<string, number>();
			for (const a of snapshot.applicants) {
				const group = a.bestGroup ?? 'none';
				sizes.set(group, (sizes.get(group) ?? 0) + 1);
			}
			for (const [group, size] of [...sizes].sort()) {
				queueSizes.push({ intake, group, size });
			}
		}
	}
	return { cutoffs, queueSizes };
}
