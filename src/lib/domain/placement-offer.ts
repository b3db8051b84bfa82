import { z } from 'zod';
import { zMunicipalityId } from './names';
import { zRecordId } from './sync';

/**
 * `offer.respond` (a sync mutation, so a family can answer offline): accept or decline the
 * open offer of a placement run on this application. The server's receipt time counts
 * against the deadline, never the device's clock. `offerId` pins the offer the family saw: a
 * reply to an offer that has since been replaced is refused, not applied to the new one.
 */
export const zOfferRespondArgs = z.object({
	municipalityId: zMunicipalityId,
	applicationId: zRecordId,
	offerId: zRecordId,
	answer: z.enum(['accept', 'decline'])
});
export type OfferRespondArgs = z.infer<typeof zOfferRespondArgs>;

export const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer as the family and the officers see it. */
export type OfferView = {
	id: string;
	runId: string;
	applicationId: string;
	programmeId: string;
	institutionName: { lv: string; en: string };
	groupName: string;
	language: string;
	startDate: string;
	status: OfferStatus;
	/** The reply must reach the server before this instant; the day it falls on (Riga). */
	deadline: number;
	deadlineDay: string;
	offeredAt: number;
	respondedAt: number | null;
};

/** Why a choice got no offer in a run, with the figures to check it by. */
export type ChoiceExplanation = {
	institutionId: string;
	institutionName: { lv: string; en: string };
	programmeId: string | null;
	groupName: string | null;
	/** The family's best group there, with what it rests on and as of when (null: none). */
	group: { group: string; source: string; asOf: string } | null;
	/** The group's place in the municipality's order, 0 first (the order's length: none). */
	groupRank: number;
	/** The tie-break value (receipt time in ms, birth day number, or 0 under a lottery). */
	tie: number;
	/** Applications ahead at this programme in the queue now (0 = first). */
	liveRank: number | null;
	queueSize: number | null;
	/** The worst key admitted in the last published run when the programme was full. */
	lastCutoff: readonly number[] | null;
	seatsFreedLast12Months: number;
	/** After a run: what happened at this choice. */
	outcome:
		| { kind: 'offered' }
		| { kind: 'placedHigher' }
		| { kind: 'full'; seats: number; cutoff: readonly number[] | null; key: readonly number[] }
		| { kind: 'noProgramme' }
		| null;
};
