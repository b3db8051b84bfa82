import type { ClientSession } from '../client-session.svelte';
import type { ApplicationRecord } from '../db';
import { zApplicationPlacement, type ApplicationPlacement } from '../../domain/placement-views';
import { trpc } from '../trpc';

/**
 * The family's placement view of one application (offers and per-choice explanations). Read
 * online and kept on the device (Dexie `meta`, the person's own database), so an offer seen
 * once can be read and answered offline; the answer is a sync mutation either way.
 */
const keyFor = (applicationId: string) => `placement:${applicationId}`;

export type PlacementLoad = { view: ApplicationPlacement | null; fromDevice: boolean };

export async function loadPlacement(
	session: ClientSession,
	record: Pick<ApplicationRecord, 'id' | 'municipalityId'>
): Promise<PlacementLoad> {
	const db = session.db;
	try {
		const view = await trpc.placement.mine.query({
			municipalityId: record.municipalityId,
			applicationId: record.id
		});
		await db?.meta.put({ key: keyFor(record.id), value: view });
		return { view, fromDevice: false };
	} catch {
		const row = db ? await db.meta.get(keyFor(record.id)) : undefined;
		const cached = zApplicationPlacement.safeParse(row?.value);
		return { view: cached.success ? cached.data : null, fromDevice: true };
	}
}

/** Accepts or declines the offer; queued in the outbox and sent with the next sync. */
export async function answerOffer(
	session: ClientSession,
	record: Pick<ApplicationRecord, 'id' | 'municipalityId'>,
	offerId: string,
	answer: 'accept' | 'decline'
): Promise<void> {
	await session.mutate(
		'offer.respond',
		{ municipalityId: record.municipalityId, applicationId: record.id, offerId, answer },
		record.id
	);
	session.syncNow();
}
