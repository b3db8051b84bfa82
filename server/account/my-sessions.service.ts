import { TRPCError } from '@trpc/server';
import type { MySession } from '../../src/lib/domain/account';
import { maskedCode } from '../../src/lib/domain/masked-code';
import type { ActingFor } from '../kernel/acting-for';
import { audit } from '../audit/audit.service';
import type { Db } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { sessionRecords } from '../identity/sessions.service';

export function listMySessions(
	db: Db,
	personId: string,
	currentId: string | null,
	now: number
): MySession[] {
	return sessionRecords.listForPerson(db, personId, now).map((s) => ({
		id: s.id,
		current: s.id === currentId,
		kind: s.kind,
		authMethod: s.authMethod,
		actingFor: maskedActingFor(s.actingFor ?? null),
		userAgent: s.userAgent,
		createdAt: s.createdAt,
		lastActiveAt: s.lastActiveAt || s.createdAt,
		expiresAt: Math.min(s.expiresAt, s.absoluteExpiresAt || s.expiresAt)
	}));
}

/**
 * On whose behalf a session acts, as its own person may see it: a grantor's personal code is
 * masked. The delegate acts for the grantor but is not told the grantor's whole code by Kopa
 * (the identity provider's answer is the only place it travels, and it stays on the server).
 */
export function maskedActingFor(actingFor: ActingFor | null): ActingFor | null {
	return actingFor?.kind === 'person'
		? { kind: 'person', personalCode: maskedCode(actingFor.personalCode) }
		: actingFor;
}

/** Ends one of my sessions (another device, or this one). Someone else's is "not found". */
export function revokeMySession(
	db: Db,
	who: { person: Actor; address: string | null; now: number },
	id: string
): void {
	db.transaction((tx) => {
		if (!sessionRecords.deleteForPerson(tx, who.person.id, id)) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'No such session of yours' });
		}
		audit(tx, { action: 'session.revoke', actor: who.person, address: who.address }, who.now);
	});
}
