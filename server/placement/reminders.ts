import { formatDay } from '../../src/lib/domain/date-format';
import { getService } from '../../src/lib/services/registry';
import { applicationRecords } from '../applications/applications.service';
import type { DbOrTx } from '../db/client.server';
import { applicationLink } from '../notifications/links';
import { notify } from '../notifications/notify';
import { tenantRecords } from '../tenants/tenants.service';
import { reminderFrom } from './deadline';
import { placementRepo } from './placement.repo';
import { placementSettingsOf } from './settings.service';

/** The longest reminder lead a setting allows (30 days): offers further out are not read. */
const MAX_LEAD = 31 * 86_400_000;

/**
 * Reminds families of offers still open `reminderDays` before the deadline, once each: an
 * in-app notice and an email through the existing "status changed" template.
 */
export function remindOpenOffers(db: DbOrTx, now: number): number {
	let sent = 0;
	for (const offer of placementRepo.toRemind(db, now + MAX_LEAD)) {
		const settings = placementSettingsOf(db, offer.municipalityId);
		if (settings.reminderDays === 0 || now < reminderFrom(offer.deadline, settings.reminderDays)) {
			continue;
		}
		db.transaction((tx) => {
			const app = applicationRecords.findUnchecked(tx, offer.applicationId);
			if (!app || app.municipalityId !== offer.municipalityId) {
				return;
			}
			const municipality = tenantRecords.findMunicipality(tx, app.municipalityId);
			const title = getService(app.service)?.title ?? { lv: app.service, en: app.service };
			notify(tx, {
				personId: app.applicantId,
				municipalityId: app.municipalityId,
				applicationId: app.id,
				about: applicationRecords.noticeFacts(tx, app.id),
				kind: 'status-changed',
				payload: {
					municipalityName: {
						lv: municipality?.nameLv ?? app.municipalityId,
						en: municipality?.nameEn ?? app.municipalityId
					},
					serviceTitle: title,
					applicationRef: app.registrationNumber ?? app.id,
					link: applicationLink(app.municipalityId, app.service, app.id),
					state: {
						lv: 'Piedāvāta vieta – atgādinājums',
						en: 'Place offered – reminder'
					},
					reason: `Atbildiet uz piedāvājumu; termiņš – ${formatDay(offer.deadlineDay, 'lv')} (ieskaitot).`
				},
				now
			});
			placementRepo.markReminded(tx, offer.municipalityId, offer.id, now);
			sent += 1;
		});
	}
	return sent;
}
