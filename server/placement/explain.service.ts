import { TRPCError } from '@trpc/server';
import type { PlacementResult } from '../../src/lib/domain/placement/contract';
import type { ChoiceExplanation } from '../../src/lib/domain/placement-offer';
import type { ApplicationPlacement } from '../../src/lib/domain/placement-views';
import { todayInLatvia } from '../../src/lib/domain/time';
import { serviceWith } from '../../src/lib/services/registry';
import type { ApplicationRow } from '../applications/applications.service';
import type { DbOrTx } from '../db/client.server';
import { serviceSetup } from '../service-settings/service-settings.service';
import { compareKeys } from './engine';
import { offerView } from './offers.service';
import { placementRepo } from './placement.repo';
import { programmeViews } from './programmes.service';
import { COMMISSION_GROUP, takeSnapshot } from './runs.service';
import { ruleSetOn } from './rule-sets.service';
import { keyAt, type RunSnapshot, type SnapshotApplicant } from './snapshot';

const YEAR = 365 * 86_400_000;

/**
 * [group rank at the programme, tie-break]: the key without the seeded part (not drawn until
 * a run). The group may differ by programme (a sibling counts where the sibling is).
 */
const liveKey = (a: SnapshotApplicant, programmeId: string) => [
	a.byProgramme?.[programmeId]?.rank ?? a.groupRank,
	a.tie
];

/**
 * What the family (and the officer) sees per choice (issue 16): the group with its evidence
 * date, the tie-break value, the live rank in today's queue, the last published cut-off, the
 * seats freed in the last 12 months, and after a run what happened there and why.
 */
export function explainApplication(
	db: DbOrTx,
	app: ApplicationRow,
	now: number
): ApplicationPlacement {
	const def = serviceWith(app.service, 'placement');
	if (!def) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.service.unknown' });
	}
	const cap = def.placement;
	const municipalityId = app.municipalityId;
	const today = todayInLatvia(now);
	const programmes = new Map(programmeViews(db, municipalityId, today).map((p) => [p.id, p]));
	const offers = placementRepo
		.offersOfApplication(db, municipalityId, app.id)
		.map((o) => offerView(o, programmes));
	const settings = serviceSetup(db, municipalityId, def).settings;
	const intake = cap.intake(app.data);
	const groupOrder = intake
		? ruleSetOn(db, municipalityId, intake, today, app.service).groups.map((g) => g.name)
		: [COMMISSION_GROUP, ...cap.groupOrder(settings)];
	const groups = groupOrder.map((value) => ({
		value,
		label:
			value === COMMISSION_GROUP
				? { lv: 'Komisijas lēmums', en: 'Commission decision' }
				: (cap.groupLabel(settings, value) ?? { lv: value, en: value })
	}));
	if (!intake) {
		return { offers, choices: [], groups, tieBreak: 'registration' };
	}
	// Today's queue, with this application in it even when it is no longer waiting (offered,
	// accepted): its group and order are still explained; a rank is given only while waiting.
	const live = takeSnapshot(
		db,
		municipalityId,
		{ service: app.service, intake, kind: 'rolling' },
		today,
		{ id: app.id, status: app.status }
	).snapshot;
	const me = live.applicants.find((a) => a.id === app.id) ?? null;
	const isWaiting = app.status === 'in_queue';
	const last = placementRepo.lastPublished(db, municipalityId, app.service, intake);
	const lastSnapshot = last ? (JSON.parse(last.snapshot) as RunSnapshot) : null;
	const lastResult = last?.result ? (JSON.parse(last.result) as PlacementResult) : null;
	const meThen = lastSnapshot?.applicants.find((a) => a.id === app.id) ?? null;
	const placedThen = lastResult?.assignment[app.id] ?? null;
	const freed = placementRepo.freedSince(db, municipalityId, now - YEAR);
	const names = new Map(
		[...programmes.values()].map((p) => [p.institutionId, p.institutionName] as const)
	);
	const choices: ChoiceExplanation[] = cap.choices(app.data).map((choice) => {
		const programmeId =
			(me?.choices ?? []).find(
				(id) => programmes.get(id)?.institutionId === choice.institutionId
			) ?? null;
		const programme = programmeId ? programmes.get(programmeId) : undefined;
		const atProgramme = programmeId ? me?.byProgramme?.[programmeId] : undefined;
		const best = atProgramme
			? atProgramme.evidence
			: me
				? (me.groups.find((g) => g.group === me.bestGroup) ?? null)
				: null;
		const competitors = programmeId
			? live.applicants.filter((a) => a.choices.includes(programmeId))
			: [];
		const liveRank =
			me && programmeId && isWaiting
				? competitors.filter(
						(a) =>
							a.id !== me.id && compareKeys(liveKey(a, programmeId), liveKey(me, programmeId)) < 0
					).length
				: null;
		return {
			institutionId: choice.institutionId,
			institutionName: names.get(choice.institutionId) ?? {
				lv: choice.institutionId,
				en: choice.institutionId
			},
			programmeId,
			groupName: programme?.groupName ?? null,
			group: best,
			groupRank: atProgramme?.rank ?? me?.groupRank ?? groupOrder.length,
			tie: me?.tie ?? 0,
			liveRank,
			queueSize: programmeId && isWaiting ? competitors.length : null,
			lastCutoff: programmeId ? (lastResult?.cutoffs[programmeId] ?? null) : null,
			seatsFreedLast12Months: programmeId ? (freed.get(programmeId) ?? 0) : 0,
			outcome: outcomeAt(programmeId, meThen, placedThen, lastSnapshot, lastResult, last?.seed)
		};
	});
	return { offers, choices, groups, tieBreak: live.tieBreak };
}

/** What the last published run did at this choice, for an application it included. */
function outcomeAt(
	programmeId: string | null,
	meThen: SnapshotApplicant | null,
	placedThen: string | null,
	snapshot: RunSnapshot | null,
	result: PlacementResult | null,
	seed: string | undefined
): ChoiceExplanation['outcome'] {
	if (!meThen || !snapshot || !result || seed === undefined) {
		return null;
	}
	if (!programmeId || !meThen.choices.includes(programmeId)) {
		return { kind: 'noProgramme' };
	}
	if (placedThen === programmeId) {
		return { kind: 'offered' };
	}
	if (placedThen && meThen.choices.indexOf(placedThen) < meThen.choices.indexOf(programmeId)) {
		return { kind: 'placedHigher' };
	}
	return {
		kind: 'full',
		seats: snapshot.programmes.find((p) => p.id === programmeId)?.seats ?? 0,
		cutoff: result.cutoffs[programmeId] ?? null,
		key: keyAt(snapshot, seed, meThen.id, programmeId) ?? []
	};
}
