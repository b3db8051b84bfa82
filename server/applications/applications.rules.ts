import type { ApplicationView } from '../../src/lib/domain/application';
import type { ApplicationRow } from './applications.repo';

/** "RIGA-2026-000042": the municipality's prefix, the year of receipt, a yearly serial. */
export function formatRegistrationNumber(prefix: string, year: number, serial: number): string {
	return `${prefix}-${year}-${String(serial).padStart(6, '0')}`;
}

export function toApplicationView(row: ApplicationRow): ApplicationView {
	return {
		id: row.id,
		municipalityId: row.municipalityId,
		service: row.service,
		status: row.status,
		fields: row.data,
		version: row.version,
		submissionId: row.submissionId,
		registrationNumber: row.registrationNumber,
		submittedAt: row.submittedAt,
		updatedAt: row.updatedAt
	};
}
