import type { z } from 'zod';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { zAuditAction } from '../../src/lib/domain/staff';
import type { DbOrTx } from '../db/client.server';
import { auditRepo } from './audit.repo';

/**
 * What can be audited (src/lib/domain/staff.ts): sign-ins and refusals, role changes,
 * municipalities added, and every time staff open an application's personal data.
 */
export type AuditAction = z.infer<typeof zAuditAction>;

export type AuditEntry = {
	action: AuditAction;
	actor: { id: string; givenName: string; surname: string } | null;
	municipalityId?: string | null;
	subject?: { type: string; id: string } | null;
	details?: Record<string, unknown> | null;
	address?: string | null;
};

/** Appends one entry. Call inside the transaction of the change it records, if there is one. */
export function audit(db: DbOrTx, entry: AuditEntry, now = Date.now()): void {
	auditRepo.insert(db, {
		id: uuidv7(now),
		at: now,
		actorId: entry.actor?.id ?? null,
		actorName: entry.actor ? `${entry.actor.givenName} ${entry.actor.surname}` : null,
		action: entry.action,
		municipalityId: entry.municipalityId ?? null,
		subjectType: entry.subject?.type ?? null,
		subjectId: entry.subject?.id ?? null,
		details: entry.details ?? null,
		address: entry.address ?? null
	});
}

/** The audit log as the municipal admin reads it, filtered in SQL (audit.repo.ts). */
export const auditRecords = { list: auditRepo.list.bind(auditRepo) };
