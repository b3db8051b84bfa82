import type { InspectionKind } from '../../src/lib/domain/inspection';
import { inspectionListEn, inspectionListLv } from '../../src/lib/i18n/inspection-list-messages';
import type { DbOrTx } from '../db/client.server';
import { publicOrigin } from '../notifications/links';
import { notify } from '../notifications/notify';
import { applicationRecords } from '../applications/applications.service';
import type { InspectionRow } from './inspections.repo';
import { inspectionService } from './setup';
import { tenantRecords } from '../tenants/tenants.service';

/**
 * To the inspector a task was given to (made, or moved to them), in the same transaction: the
 * in-app notice (and an email if their address is known) names the kind, the permit and the
 * due day and opens the task in their app. The device pulls the task itself either way.
 */
export function noticeOfTask(
	tx: DbOrTx,
	task: Pick<
		InspectionRow,
		'id' | 'municipalityId' | 'service' | 'applicationId' | 'kind' | 'dueOn' | 'permitNumber'
	> & { inspectorId: string; registrationNumber: string | null },
	now: number
): void {
	const municipality = tenantRecords.findMunicipality(tx, task.municipalityId);
	const def = inspectionService(task.service);
	const key = `inspectionList.kind.${task.kind satisfies InspectionKind}` as const;
	notify(tx, {
		personId: task.inspectorId,
		municipalityId: task.municipalityId,
		applicationId: task.applicationId,
		about: task.applicationId ? applicationRecords.noticeFacts(tx, task.applicationId) : null,
		kind: 'inspection-assigned',
		payload: {
			municipalityName: {
				lv: municipality?.nameLv ?? task.municipalityId,
				en: municipality?.nameEn ?? task.municipalityId
			},
			serviceTitle: def.title,
			// A report's follow-up has neither number: the task's own id still names it.
			applicationRef: task.permitNumber ?? task.registrationNumber ?? task.id,
			link: `${publicOrigin()}/inspections/${encodeURIComponent(task.id)}`,
			state: { lv: inspectionListLv[key], en: inspectionListEn[key] },
			...(task.dueOn ? { dueOn: task.dueOn } : {})
		},
		now
	});
}
