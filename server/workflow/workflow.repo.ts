import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { applicationEvent, informationRequest } from '../db/schema/workflow-steps';

export type ApplicationEventRow = typeof applicationEvent.$inferSelect;
export type InformationRequestRow = typeof informationRequest.$inferSelect;

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
	}
};
