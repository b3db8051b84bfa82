import { TRPCError } from '@trpc/server';
import { formatDay } from '../../src/lib/domain/date-format';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { PlacementResult } from '../../src/lib/domain/placement/contract';
import type { OfferView } from '../../src/lib/domain/placement-offer';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import { todayInLatvia } from '../../src/lib/domain/time';
import { applicationRecords } from '../applications/applications.service';
import { mutationReach } from '../applications/reach';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import { people } from '../identity/people.service';
import type { Actor } from '../kernel/context';
import type { MutationContext } from '../kernel/mutation';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { Tenant } from '../kernel/trpc';
import { applyTransition } from '../workflow/workflow.service';
import { offerDeadline } from './deadline';
import { placementRepo, type OfferRow } from './placement.repo';
import { programmeViews, type ProgrammeView } from './programmes.service';
import { placementSettingsOf } from './settings.service';
import type { RunSnapshot } from './snapshot';

const LANGUAGE_NAMES: Record<string, string> = { lv: 'latviešu', en: 'angļu' };

/** The offer in words, as the notice and the email carry it (Latvian, as officers write). */
export function offerText(p: ProgrammeView, deadlineDay: string): string {
	const language = LANGUAGE_NAMES[p.language] ?? p.language;
	return (
		`Piedāvāta vieta: ${p.institutionName.lv}, grupa/klase “${p.groupName}”, ` +
		`mācību valoda – ${language}, sākums – ${formatDay(p.startDate, 'lv')}. ` +
		`Atbildes termiņš – ${formatDay(deadlineDay, 'lv')} (ieskaitot).`
	);
}

export function offerView(
	row: OfferRow,
	programmes: ReadonlyMap<string, ProgrammeView>
): OfferView {
	const p = programmes.get(row.programmeId);
	return {
		id: row.id,
		runId: row.runId,
		applicationId: row.applicationId,
		programmeId: row.programmeId,
		institutionName: p?.institutionName ?? { lv: row.programmeId, en: row.programmeId },
		groupName: p?.groupName ?? '',
		language: p?.language ?? '',
		startDate: p?.startDate ?? '',
		status: row.status,
		deadline: row.deadline,
		deadlineDay: row.deadlineDay,
		offeredAt: row.offeredAt,
		respondedAt: row.respondedAt
	};
}

/**
 * Publishes a verified run: one offer per placed child, each moving the application to
 * "offered" with the offer in words (the notice and email say where, which group, language,
 * start and reply deadline). An application that left the queue since the run is skipped; its
 * seat stays free for the next run. A run that failed its checks is refused with the reasons.
 */
export function publishRun(db: DbOrTx, tenant: Tenant, actor: Actor, runId: string, now: number) {
	return db.transaction((tx) => {
		const run = placementRepo.run(tx, tenant.municipalityId, runId);
		if (!run || (tenant.services && !tenant.services.includes(run.service))) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.run.unknown' });
		}
		if (run.status !== 'verified' || run.result === null) {
			const message =
				run.status === 'published'
					? 'placement.run.alreadyPublished'
					: run.status === 'prepared'
						? 'placement.run.notRun'
						: 'placement.run.failedChecks';
			throw new TRPCError({ code: 'CONFLICT', message });
		}
		const settings = placementSettingsOf(tx, tenant.municipalityId);
		const deadline = offerDeadline(settings, now);
		const programmes = new Map(
			programmeViews(tx, tenant.municipalityId, run.runDate, run.service).map((p) => [p.id, p])
		);
		const result = JSON.parse(run.result) as PlacementResult;
		const snapshot = JSON.parse(run.snapshot) as RunSnapshot;
		let offered = 0;
		for (const [applicationId, programmeId] of Object.entries(result.assignment)) {
			const programme = programmeId ? programmes.get(programmeId) : undefined;
			const app = applicationRecords.findSubmitted(tx, tenant, applicationId);
			const held = snapshot.applicants.find((a) => a.id === applicationId)?.held;
			// A child placed at the seat they hold gets no new offer; one who left since is skipped.
			const offerable =
				app?.status === 'in_queue' || (app?.status === 'accepted' && held !== undefined);
			if (!programme || !app || !offerable || programmeId === held) {
				continue;
			}
			placementRepo.insertOffer(tx, {
				id: uuidv7(now),
				municipalityId: tenant.municipalityId,
				runId: run.id,
				applicationId,
				programmeId: programme.id,
				status: 'offered',
				deadline: deadline.instant,
				deadlineDay: deadline.day,
				offeredAt: now
			});
			applyTransition(tx, {
				app,
				action: 'offerPlace',
				actor,
				role: 'officer',
				via: 'placement',
				reason: offerText(programme, deadline.day),
				now
			});
			offered += 1;
		}
		placementRepo.markPublished(tx, tenant.municipalityId, run.id, actor.id, now);
		audit(
			tx,
			{
				action: 'placement.publish',
				actor,
				municipalityId: tenant.municipalityId,
				subject: { type: 'placement_run', id: run.id },
				details: { offered, seedHash: run.seedHash }
			},
			now
		);
		return { offered };
	});
}

/**
 * `offer.respond`: the family accepts or declines the open offer, online or queued offline.
 * The server's receipt time decides: a reply received after the deadline is refused (the
 * sweep lapses the offer under the municipal rule). On accept, under the default rule, a seat
 * the child held from an earlier offer is released for the next run.
 */
export function respondToOffer(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'offer.respond'>,
	now: number,
	context?: MutationContext
) {
	const app = applicationRecords.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.applicationId
	);
	if (!app) {
		throw new MutationRejected('NOT_FOUND');
	}
	const offers = placementRepo.offersOfApplication(db, args.municipalityId, app.id);
	const offer = offers.find((o) => o.id === args.offerId);
	if (!offer) {
		throw new MutationRejected('NOT_FOUND');
	}
	if (offer.status !== 'offered') {
		throw new MutationRejected('STALE_STATE', [
			{ path: 'answer', message: `placement.offer.already.${offer.status}` }
		]);
	}
	if (now >= offer.deadline) {
		throw new MutationRejected('STALE_STATE', [
			{ path: 'answer', message: 'placement.offer.pastDeadline' }
		]);
	}
	const status = args.answer === 'accept' ? 'accepted' : 'declined';
	// A child who holds a seat and declines a better one keeps the seat they hold.
	const holds = offers.some(
		(o) => o.id !== offer.id && o.status === 'accepted' && o.releasedAt === null
	);
	placementRepo.answerOffer(db, args.municipalityId, offer.id, status, now);
	const { version } = applyTransition(db, {
		app,
		action: args.answer === 'accept' ? 'acceptPlace' : holds ? 'keepHeldPlace' : 'declinePlace',
		actor,
		role: 'citizen',
		via: 'placement',
		now
	});
	if (status === 'accepted') {
		const settings = placementSettingsOf(db, args.municipalityId);
		if (settings.onAccept === 'releasePrevious') {
			for (const earlier of offers.filter((o) => o.id !== offer.id && o.status === 'accepted')) {
				placementRepo.release(db, args.municipalityId, earlier.id, now);
			}
		}
	}
	return { version, offerStatus: status };
}

/**
 * Lapses offers whose deadline passed without a reply received, under the municipality's
 * rule: the application is annulled (declined) by default, or returned to the queue. The
 * step is recorded in the name of the officer who published the run (it is their offer).
 */
export function expireOverdueOffers(db: DbOrTx, now: number): number {
	let expired = 0;
	for (const offer of placementRepo.overdue(db, now)) {
		db.transaction((tx) => {
			const app = applicationRecords.findUnchecked(tx, offer.applicationId);
			const run = placementRepo.run(tx, offer.municipalityId, offer.runId);
			const publisher = run?.publishedBy ? people.findById(tx, run.publishedBy) : null;
			if (!app || !publisher || app.municipalityId !== offer.municipalityId) {
				return;
			}
			if (placementRepo.answerOffer(tx, offer.municipalityId, offer.id, 'expired', now) === 0) {
				return;
			}
			expired += 1;
			if (app.status !== 'offered') {
				return;
			}
			const rule = placementSettingsOf(tx, offer.municipalityId).noResponse;
			const holds = placementRepo
				.offersOfApplication(tx, offer.municipalityId, app.id)
				.some((o) => o.id !== offer.id && o.status === 'accepted' && o.releasedAt === null);
			applyTransition(tx, {
				app,
				action: holds ? 'lapseToHeldPlace' : rule === 'annul' ? 'lapseOffer' : 'returnToQueue',
				actor: publisher,
				role: 'officer',
				via: 'placement',
				reason: `Atbilde uz piedāvājumu nav saņemta termiņā (${formatDay(offer.deadlineDay, 'lv')}).`,
				now
			});
		});
	}
	return expired;
}

/** The offers of one application, newest last, for its officer and (filtered) its family. */
export function offersOf(db: DbOrTx, municipalityId: string, applicationId: string): OfferView[] {
	const programmes = new Map(
		programmeViews(db, municipalityId, todayInLatvia(Date.now())).map((p) => [p.id, p])
	);
	return placementRepo
		.offersOfApplication(db, municipalityId, applicationId)
		.map((o) => offerView(o, programmes));
}
