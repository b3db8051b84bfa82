import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { applicationEvent, applicationNote, informationRequest } from '../db/schema/workflow-steps';

export type ApplicationEventRow = typeof applicationEvent.$inferSelect;
export type InformationRequestRow = typeof informationRequest.$inferSelect;
export type NoteRow = typeof applicationNote.$inferSelect;

export const workflowRepo = {
	insertEvent(db: DbOrTx, row: ApplicationEventRow): void {
		db.insert(applicationEvent).values(row).run();
	},
	events(db: DbOrTx, municipalityId: string, applicationId: string): ApplicationEventRow[] {
		return db
			.select()
			.from(applicationEvent)
			.where(
				and(
					eq(applicationEvent.municipalityId, municipalityId),
					eq(applicationEvent.applicationId, applicationId)
				)
			)
			.orderBy(asc(applicationEvent.createdAt), asc(applicationEvent.id))
			.all();
	},
	requests(db: DbOrTx, municipalityId: string, applicationId: string): InformationRequestRow[] {
		return db
			.select()
			.from(informationRequest)
			.where(
				and(
					eq(informationRequest.municipalityId, municipalityId),
					eq(informationRequest.applicationId, applicationId)
				)
			)
			.orderBy(asc(informationRequest.requestedAt), asc(informationRequest.id))
			.all();
	},
	findRequest(
		db: DbOrTx,
		municipalityId: string,
		applicationId: string,
		requestId: string
	): InformationRequestRow | null {
		return (
			db
				.select()
				.from(informationRequest)
				.where(
					and(
						eq(informationRequest.id, requestId),
						eq(informationRequest.applicationId, applicationId),
						eq(informationRequest.municipalityId, municipalityId)
					)
				)
				.get() ?? null
		);
	},
	insertRequest(db: DbOrTx, row: InformationRequestRow): void {
		db.insert(informationRequest).values(row).run();
	},
	answerRequest(
		db: DbOrTx,
		requestId: string,
		answer: Pick<InformationRequestRow, 'answer' | 'answerAttachmentIds' | 'answeredAt'>
	): void {
		db.update(informationRequest).set(answer).where(eq(informationRequest.id, requestId)).run();
	},
	insertNote(db: DbOrTx, row: NoteRow): void {
		db.insert(applicationNote).values(row).run();
	},
	notes(db: DbOrTx, municipalityId: string, applicationId: string): NoteRow[] {
		return db
			.select()
			.from(applicationNote)
			.where(
				and(
					eq(applicationNote.municipalityId, municipalityId),
					eq(applicationNote.applicationId, applicationId)
				)
			)
			.orderBy(asc(applicationNote.createdAt))
			.all();
	}
};
