import { normalizePersonalCode } from '../../../src/lib/domain/personal-code';
import { isValidRegistrationNumber } from '../../../src/lib/domain/registration-number';
import type { MeActingFor } from '../../../src/lib/domain/sign-in';
import type { ActingFor } from '../../kernel/acting-for';

/**
 * Latvija.lv names the person in `privatepersonalidentifier` (VISS e-service guidelines 1.6):
 * - `PK:<code>`: a resident, for themselves;
 * - `AU:<institution>-PK:<code>`: staff of a state institution (the VISS institution code);
 * - `PK:<code>-UR:<registration number>`: a company's signatory, acting for the company;
 * - `DP:<grantor>-PK:<code>`: someone acting under a power of attorney; the grantor may be a
 *   person (personal code), a company (registration number) or an institution (its code).
 * Anything else (e-mail-only accounts, system identities `AU:<code>` with no person) is not a
 * person Kopa can sign in.
 */
export type MappedIdentity = { personalCode: string; actingFor: ActingFor | null };

const CODE = '(\\d{6}-?\\d{5})';
const PATTERNS = {
	self: new RegExp(`^PK:${CODE}$`),
	institution: new RegExp(`^AU:(\\d{1,20})-PK:${CODE}$`),
	company: new RegExp(`^PK:${CODE}-UR:(\\d{11})$`),
	delegated: new RegExp(`^DP:([0-9-]{1,20})-PK:${CODE}$`)
};

function grantorOf(grantor: string): ActingFor | null {
	const personalCode = normalizePersonalCode(grantor);
	if (personalCode) {
		return { kind: 'person', personalCode };
	}
	if (isValidRegistrationNumber(grantor)) {
		return { kind: 'company', registrationNumber: grantor };
	}
	return /^\d{1,20}$/.test(grantor) ? { kind: 'institution', institution: grantor } : null;
}

export function mapIdentifier(value: string): MappedIdentity | null {
	const input = value.trim();
	let match = PATTERNS.self.exec(input);
	if (match) {
		return withCode(match[1], null);
	}
	match = PATTERNS.institution.exec(input);
	if (match && match[1]) {
		return withCode(match[2], { kind: 'institution', institution: match[1] });
	}
	match = PATTERNS.company.exec(input);
	if (match && match[2]) {
		if (!isValidRegistrationNumber(match[2])) {
			return null;
		}
		return withCode(match[1], { kind: 'company', registrationNumber: match[2] });
	}
	match = PATTERNS.delegated.exec(input);
	if (match && match[1]) {
		const grantor = grantorOf(match[1]);
		return grantor ? withCode(match[2], grantor) : null;
	}
	return null;
}

/** The identity an answer names, with the person's earlier personal codes (if it changed). */
export type SignedInIdentity = MappedIdentity & { earlierCodes: string[] };

export type IdentityClaims = {
	identifier: string;
	nameIdentifier: string | null;
	earlierIdentifiers: readonly string[];
};

/**
 * Latvija.lv's own answers (as published with the omniauth-latvija gem) put the bare personal
 * code in `privatepersonalidentifier` and the VISS identifier (`PK:…`, `PK:…-UR:…`, …) in the
 * NameIdentifier only. A bare code is accepted when no NameIdentifier says otherwise: acting-for
 * comes from the NameIdentifier, which must name the same person. A prefixed claim maps as
 * before. Earlier codes that are not valid personal codes cannot name anyone and are dropped.
 */
export function mapIdentity(claims: IdentityClaims): SignedInIdentity | null {
	const bare = /^\d{6}-?\d{5}$/.test(claims.identifier.trim())
		? normalizePersonalCode(claims.identifier)
		: null;
	let mapped: MappedIdentity | null;
	if (bare) {
		const named = claims.nameIdentifier === null ? null : mapIdentifier(claims.nameIdentifier);
		if (claims.nameIdentifier !== null && named?.personalCode !== bare) {
			return null;
		}
		mapped = { personalCode: bare, actingFor: named?.actingFor ?? null };
	} else {
		mapped = mapIdentifier(claims.identifier);
	}
	if (!mapped) {
		return null;
	}
	const earlier = new Set<string>();
	for (const value of claims.earlierIdentifiers) {
		const code = normalizePersonalCode(value.trim().replace(/^PK:/, ''));
		if (code && code !== mapped.personalCode) {
			earlier.add(code);
		}
	}
	return { ...mapped, earlierCodes: [...earlier] };
}

function withCode(code: string | undefined, actingFor: ActingFor | null): MappedIdentity | null {
	const personalCode = code ? normalizePersonalCode(code) : null;
	return personalCode ? { personalCode, actingFor } : null;
}

/** What the browser and the audit log may know of acting-for: never a grantor's personal code. */
export function actingForForBrowser(actingFor: ActingFor | null): MeActingFor | null {
	if (!actingFor) {
		return null;
	}
	return actingFor.kind === 'person' ? { kind: 'person' } : actingFor;
}

/** What the audit log may say about acting-for: never another person's personal code. */
export function actingForForAudit(actingFor: ActingFor | null): Record<string, string> | null {
	if (!actingFor) {
		return null;
	}
	return actingFor.kind === 'person' ? { kind: 'person' } : { ...actingFor };
}
