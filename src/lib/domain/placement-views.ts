import { z } from 'zod';
import { zMunicipalityId } from './names';
import { OFFER_STATUSES } from './placement-offer';
import { TIE_BREAKS } from './placement/rule-set';
import { zRecordId } from './sync';

/**
 * The placement area's answers (issue 16), validated on the way out so nothing it does not
 * name leaves the server (a run's snapshot with the children's facts stays inside).
 */

const zText = z.object({ lv: z.string(), en: z.string() });
const zKey = z.array(z.number()).readonly();
const zPairs = z.array(z.object({ applicant: z.string(), programme: z.string() })).readonly();

export const zProgrammeView = z.object({
	id: z.string(),
	institutionId: z.string(),
	institutionName: zText,
	service: z.string(),
	level: z.string(),
	groupName: z.string(),
	language: z.string(),
	startDate: z.string(),
	capacity: z.number().nullable(),
	enrolled: z.number(),
	held: z.number(),
	free: z.number()
});

export const zRunReport = z.object({
	ok: z.boolean(),
	blockingPairs: zPairs,
	wastedSeats: zPairs,
	overCapacity: z.array(z.string()).readonly(),
	ineligible: zPairs,
	heldSeatLost: z.array(z.string()).readonly(),
	problems: z.array(z.object({ code: z.string(), programmeId: z.string().optional() }))
});

export const zRunView = z.object({
	id: z.string(),
	service: z.string(),
	intake: z.string(),
	kind: z.enum(['main', 'second', 'rolling']),
	runDate: z.string(),
	status: z.enum(['prepared', 'verified', 'failed', 'published']),
	seedHash: z.string(),
	seed: z.string().nullable(),
	createdAt: z.number(),
	publishedAt: z.number().nullable(),
	applicants: z.number(),
	placed: z.number(),
	report: zRunReport,
	cutoffs: z.record(z.string(), zKey.nullable())
});
export type RunViewOut = z.infer<typeof zRunView>;

export const zOfferView = z.object({
	id: z.string(),
	runId: z.string(),
	applicationId: z.string(),
	programmeId: z.string(),
	institutionName: zText,
	groupName: z.string(),
	language: z.string(),
	startDate: z.string(),
	status: z.enum(OFFER_STATUSES),
	deadline: z.number(),
	deadlineDay: z.string(),
	offeredAt: z.number(),
	respondedAt: z.number().nullable()
});

export const zChoiceExplanation = z.object({
	institutionId: z.string(),
	institutionName: zText,
	programmeId: z.string().nullable(),
	groupName: z.string().nullable(),
	group: z.object({ group: z.string(), source: z.string(), asOf: z.string() }).nullable(),
	groupRank: z.number(),
	tie: z.number(),
	liveRank: z.number().nullable(),
	queueSize: z.number().nullable(),
	lastCutoff: zKey.nullable(),
	seatsFreedLast12Months: z.number(),
	outcome: z
		.discriminatedUnion('kind', [
			z.object({ kind: z.literal('offered') }),
			z.object({ kind: z.literal('placedHigher') }),
			z.object({
				kind: z.literal('full'),
				seats: z.number(),
				cutoff: zKey.nullable(),
				key: zKey
			}),
			z.object({ kind: z.literal('noProgramme') })
		])
		.nullable()
});

export const zApplicationPlacement = z.object({
	offers: z.array(zOfferView),
	choices: z.array(zChoiceExplanation),
	/** The municipality's groups in order (a key's first part indexes it), with their names. */
	groups: z.array(z.object({ value: z.string(), label: zText })),
	/** How equal groups are ordered in this intake (a key's second part). */
	tieBreak: z.enum(TIE_BREAKS)
});
export type ApplicationPlacement = z.infer<typeof zApplicationPlacement>;

/** Anonymised figures for open data: cut-offs per programme per run, queue sizes by group. */
export const zPlacementOpenData = z.object({
	cutoffs: z.array(
		z.object({
			runId: z.string(),
			runDate: z.string(),
			intake: z.string(),
			programmeId: z.string(),
			institutionId: z.string(),
			seats: z.number(),
			cutoffGroupRank: z.number().nullable()
		})
	),
	queueSizes: z.array(z.object({ intake: z.string(), group: z.string(), size: z.number() }))
});
export type PlacementOpenData = z.infer<typeof zPlacementOpenData>;

export const zRunInput = z.object({
	service: z.string().min(1).max(60),
	intake: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/),
	kind: z.enum(['main', 'second', 'rolling'])
});

export const zRunRef = z.object({ runId: zRecordId });

export const zApplicationRef = z.object({
	municipalityId: zMunicipalityId,
	applicationId: zRecordId
});

export const zCaseInput = z.object({
	applicationId: zRecordId,
	kind: z.enum(['commission', 'evidence']),
	fact: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/),
	value: z.enum(['grant', 'add', 'remove']),
	reason: z.string().trim().min(3).max(2000)
});
