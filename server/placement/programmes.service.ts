import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { uuidv7 } from '../../src/lib/domain/ids';
import { todayInLatvia } from '../../src/lib/domain/time';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { tenantRecords } from '../tenants/tenants.service';
import { placementRepo, type ProgrammeRow } from './placement.repo';

/** A programme as officers and explanations see it, with its seats today. */
export type ProgrammeView = {
	id: string;
	institutionId: string;
	institutionName: { lv: string; en: string };
	service: string;
	level: string;
	groupName: string;
	language: string;
	startDate: string;
	capacity: number | null;
	enrolled: number;
	held: number;
	/** capacity − enrolled − held by open (and accepted, unreleased) offers; never below 0. */
	free: number;
};

export const zCapacityInput = z.object({
	programmeId: z.string().min(1).max(80),
	validFrom: z.iso.date(),
	seats: z.number().int().min(0).max(5000)
});

/** Free seats: what a run may fill. */
export function freeSeats(capacity: number | null, enrolled: number, held: number): number {
	return Math.max(0, (capacity ?? 0) - enrolled - held);
}

export function programmeViews(
	db: DbOrTx,
	municipalityId: string,
	day: string,
	service?: string
): ProgrammeView[] {
	const seats = placementRepo.seatsOn(db, municipalityId, day);
	const held = placementRepo.heldSeats(db, municipalityId);
	const names = new Map(
		tenantRecords
			.listInstitutions(db, municipalityId)
			.map((i) => [i.id, { lv: i.nameLv, en: i.nameEn }])
	);
	return placementRepo
		.programmes(db, municipalityId, service)
		.map((p) => viewOf(p, seats, held, names));
}

function viewOf(
	p: ProgrammeRow,
	seats: Map<string, number>,
	held: Map<string, number>,
	names: Map<string, { lv: string; en: string }>
): ProgrammeView {
	const capacity = seats.get(p.id) ?? null;
	const heldHere = held.get(p.id) ?? 0;
	return {
		id: p.id,
		institutionId: p.institutionId,
		institutionName: names.get(p.institutionId) ?? { lv: p.institutionId, en: p.institutionId },
		service: p.service,
		level: p.level,
		groupName: p.groupName,
		language: p.language,
		startDate: p.startDate,
		capacity,
		enrolled: p.enrolled,
		held: heldHere,
		free: freeSeats(capacity, p.enrolled, heldHere)
	};
}

/**
 * Sets a programme's seats from a day on (a new dated row; an earlier day's row stays, so a
 * past run's capacity can be read again). Zero seats is refused: a programme closed for an
 * intake is left out of it, not offered with no seat.
 */
export function setCapacity(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: z.infer<typeof zCapacityInput>,
	now: number
) {
	const programme = placementRepo.programme(db, tenant.municipalityId, input.programmeId);
	if (!programme || (tenant.services && !tenant.services.includes(programme.service))) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.programme.unknown' });
	}
	if (input.seats === 0) {
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: 'placement.capacity.zero',
			cause: new z.ZodRealError([
				{ code: 'custom', path: ['seats'], message: 'placement.capacity.zero', input: 0 }
			])
		});
	}
	db.transaction((tx) => {
		placementRepo.upsertCapacity(tx, {
			id: uuidv7(now),
			municipalityId: tenant.municipalityId,
			programmeId: programme.id,
			validFrom: input.validFrom,
			seats: input.seats,
			createdBy: actor.id,
			createdAt: now
		});
		audit(
			tx,
			{
				action: 'placement.capacity',
				actor,
				municipalityId: tenant.municipalityId,
				subject: { type: 'placement_programme', id: programme.id },
				details: { validFrom: input.validFrom, seats: input.seats }
			},
			now
		);
	});
	return programmeViews(db, tenant.municipalityId, todayInLatvia(now)).find(
		(p) => p.id === programme.id
	);
}
