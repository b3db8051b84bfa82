import type { AuditEntryView, AuditFilter } from '../../src/lib/domain/staff';
import { startOfLatvianDay } from '../../src/lib/domain/time';
import type { DbOrTx } from '../db/client.server';
import { auditRecords } from '../audit/audit.service';

export const AUDIT_PAGE_SIZE = 50;
const DAY = 24 * 3_600_000;

function dayAfter(day: string): string {
	return new Date(Date.parse(`${day}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** One page of a municipality's audit log, newest first, filtered in SQL. */
export function listAuditLog(
	db: DbOrTx,
	filter: AuditFilter
): { entries: AuditEntryView[]; next: string | null } {
	const rows = auditRecords.list(db, {
		municipalityId: filter.municipalityId,
		action: filter.action,
		text: filter.text || undefined,
		from: filter.from ? startOfLatvianDay(filter.from) : undefined,
		// Inclusive: up to the start of the day after.
		to: filter.to ? startOfLatvianDay(dayAfter(filter.to)) : undefined,
		before: filter.before,
		limit: AUDIT_PAGE_SIZE + 1
	});
	const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
		id: row.id,
		at: row.at,
		actorId: row.actorId,
		actorName: row.actorName,
		action: row.action,
		municipalityId: row.municipalityId,
		subjectType: row.subjectType,
		subjectId: row.subjectId,
		details: row.details ?? null
	}));
	return {
		entries,
		next: rows.length > AUDIT_PAGE_SIZE ? (entries[entries.length - 1]?.id ?? null) : null
	};
}
