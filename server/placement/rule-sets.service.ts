import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { zCalendarDate } from '../../src/lib/domain/calendar';
import { uuidv7 } from '../../src/lib/domain/ids';
import { zRuleSet, type RuleSet } from '../../src/lib/domain/placement/rule-set';
import { servicesWith, type ServiceWith } from '../../src/lib/services/registry';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { serviceSetup } from '../service-settings/service-settings.service';
import { placementRepo } from './placement.repo';
import { programmeViews } from './programmes.service';
import { placementSettingsOf } from './settings.service';

/**
 * Priority rule sets as data (issue 16 item 1): per municipality and intake, versioned by the
 * day they take effect. What is stored is the admin's part (groups, eligibility, tie-break,
 * windows); the intake's programmes with their seats join it when a run is prepared. Never
 * saved: a default derived from the municipality's enrolment priority grounds (version 0).
 */
export type StoredRuleSet = Omit<RuleSet, 'programmes' | 'municipality'>;

export const zIntake = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/);

/** The day every default rule set is valid from (before any run Kopa has made). */
const DEFAULT_FROM = '2000-01-01';

/** A placeholder programme so a set can be checked before the intake has programmes. */
const NO_PROGRAMME = { id: '-', institution: '-', capacity: 1 };

/** The service whose applications fill the intake (the one with a placement capability). */
function placementServiceFor(service?: string): ServiceWith<'placement'> {
	const all = servicesWith('placement');
	const def = service === undefined ? all[0] : all.find((s) => s.id === service);
	if (!def) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.service.unknown' });
	}
	return def;
}

/** The default: the municipality's grounds in order, its tie-break and window for the intake. */
export function defaultRuleSet(
	db: DbOrTx,
	municipalityId: string,
	intake: string,
	service?: string
): StoredRuleSet {
	const def = placementServiceFor(service);
	const settings = serviceSetup(db, municipalityId, def).settings;
	const rule = placementSettingsOf(db, municipalityId).intakes.find((r) => r.intake === intake);
	return {
		intake,
		version: 0,
		validFrom: DEFAULT_FROM,
		groups: def.placement.defaultGroups(settings, intake),
		tieBreak: rule?.tieBreak ?? 'registration',
		windows: rule?.windowFrom && rule.windowTo ? [{ from: rule.windowFrom, to: rule.windowTo }] : []
	};
}

function parsedRow(row: {
	municipalityId: string;
	ruleSet: Record<string, unknown>;
}): StoredRuleSet | null {
	const parsed = zRuleSet.safeParse({
		...row.ruleSet,
		municipality: row.municipalityId,
		programmes: [NO_PROGRAMME]
	});
	if (!parsed.success) {
		return null;
	}
	const { programmes: _programmes, municipality: _municipality, ...stored } = parsed.data;
	return stored;
}

/** The saved versions of an intake, newest first (a row no longer valid is left out). */
export function ruleSetVersions(
	db: DbOrTx,
	municipalityId: string,
	intake: string
): StoredRuleSet[] {
	return placementRepo
		.ruleSets(db, municipalityId, intake)
		.map(parsedRow)
		.filter((r): r is StoredRuleSet => r !== null);
}

/** The rule set in force on a day: the latest validFrom on or before it, else the default. */
export function ruleSetOn(
	db: DbOrTx,
	municipalityId: string,
	intake: string,
	day: string,
	service?: string
): StoredRuleSet {
	const found = ruleSetVersions(db, municipalityId, intake)
		.filter((r) => r.validFrom <= day)
		.sort((a, b) =>
			a.validFrom === b.validFrom ? b.version - a.version : a.validFrom < b.validFrom ? 1 : -1
		)[0];
	return found ?? defaultRuleSet(db, municipalityId, intake, service);
}

/** The whole rule set a run of the intake applies: the stored part and the intake's programmes. */
export function withProgrammes(
	municipalityId: string,
	stored: StoredRuleSet,
	programmes: { id: string; institution: string; capacity: number }[]
): RuleSet {
	return { ...stored, municipality: municipalityId, programmes };
}

/**
 * The municipal admin saves a new version. It is parsed by the engine's `zRuleSet` (with the
 * intake's programmes), so a group on a fact that does not exist, overlapping windows or a
 * group twice is refused with the reason at its field; nothing is stored then.
 */
export function saveRuleSet(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: unknown,
	now: number,
	today: string
): StoredRuleSet {
	const head = z.looseObject({ intake: zIntake, validFrom: zCalendarDate }).safeParse(input);
	const intake = head.success ? head.data.intake : '';
	const programmes = head.success
		? programmeViews(db, tenant.municipalityId, today)
				.filter((p) => p.level === intake && p.capacity !== null && p.capacity > 0)
				.map((p) => ({ id: p.id, institution: p.institutionId, capacity: p.capacity ?? 1 }))
		: [];
	const versions = head.success ? placementRepo.ruleSets(db, tenant.municipalityId, intake) : [];
	const version = (versions[0]?.version ?? 0) + 1;
	const parsed = zRuleSet.safeParse({
		...(typeof input === 'object' && input !== null ? input : {}),
		municipality: tenant.municipalityId,
		version,
		programmes: programmes.length > 0 ? programmes : [NO_PROGRAMME]
	});
	if (!parsed.success) {
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: 'placement.ruleSet.invalid',
			cause: parsed.error
		});
	}
	const { programmes: _programmes, municipality: _municipality, ...stored } = parsed.data;
	return db.transaction((tx) => {
		placementRepo.insertRuleSet(tx, {
			id: uuidv7(now),
			municipalityId: tenant.municipalityId,
			intake: stored.intake,
			version: stored.version,
			validFrom: stored.validFrom,
			ruleSet: stored,
			createdAt: now,
			createdBy: actor.id
		});
		audit(
			tx,
			{
				// Rule sets are part of the placement settings: the same audit action, its own subject.
				action: 'placement.settings',
				actor,
				municipalityId: tenant.municipalityId,
				subject: { type: 'placement_rule_set', id: `${stored.intake}@${stored.version}` }
			},
			now
		);
		return stored;
	});
}
