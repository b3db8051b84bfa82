import { randomUUID } from 'node:crypto';
import type { Db } from '../../../server/db/client.server';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import type { Principal } from '../authz/principals';
import type { Probe, ProbeArgs } from '../authz/probes';

/**
 * The authorization matrix's probes for placement (issue 16): every procedure of
 * `placement.*` and the `offer.respond` mutation, spread into PROBES (authz/probes.ts).
 */

const RUN_IDS: Record<string, string> = {
	riga: '01900000-0000-7000-8000-00000000a001',
	liepaja: '01900000-0000-7000-8000-00000000a002'
};
const OFFER_IDS: Record<string, string> = {
	riga: '01900000-0000-7000-8000-00000000b001',
	liepaja: '01900000-0000-7000-8000-00000000b002'
};

const holds = (p: Principal, role: string, muni: string, service: string | null) =>
	p.grants.some(
		(g) =>
			g.role === role &&
			g.municipalityId === muni &&
			(g.service === null || service === null || g.service === service)
	);
const officerHere = (a: ProbeArgs) => holds(a.p, 'officer', a.cell.tenant, null);
const officerOfRecord = (a: ProbeArgs) =>
	a.cell.tenant === a.cell.data && holds(a.p, 'officer', a.cell.tenant, a.app.service);
const adminHere = (a: ProbeArgs) => holds(a.p, 'municipal_admin', a.cell.tenant, null);
const ownsHere = (a: ProbeArgs) => a.p.personId === a.app.ownerId && a.cell.tenant === a.cell.data;

/** A verified run (with nothing placed) of the record's municipality, under a known id. */
const verifiedRun = (db: Db, a: ProbeArgs) => storedRun(db, a, 'verified');
/** The same, prepared (input frozen, not yet run). */
const preparedRun = (db: Db, a: ProbeArgs) => storedRun(db, a, 'prepared');

function storedRun(db: Db, a: ProbeArgs, status: 'verified' | 'prepared'): void {
	db.$client
		.prepare(
			`insert or ignore into placement_run (id, municipality_id, service, intake, kind, run_date,
			 status, seed_hash, seed, snapshot, result, report, created_at)
			 values (?, ?, ?, 'preschool', 'main', '2026-12-07', ?, ?, ?, ?, ?, ?, 1)`
		)
		.run(
			RUN_IDS[a.cell.data],
			a.cell.data,
			a.app.service,
			status,
			'0'.repeat(64),
			'1'.repeat(64),
			JSON.stringify({ version: 1, applicants: [], programmes: [], tieBreak: 'registration' }),
			status === 'verified' ? JSON.stringify({ assignment: {}, cutoffs: {} }) : null,
			status === 'verified' ? JSON.stringify({ ok: true, problems: [] }) : null
		);
}

/** The record offered a place by that run, open until far ahead. */
function openOffer(db: Db, a: ProbeArgs): void {
	verifiedRun(db, a);
	db.$client
		.prepare(
			`insert or ignore into placement_offer (id, municipality_id, run_id, application_id,
			 programme_id, status, deadline, deadline_day, offered_at)
			 values (?, ?, ?, ?, ?, 'offered', 4102444800000, '2099-12-31', 1)`
		)
		.run(
			OFFER_IDS[a.cell.data],
			a.cell.data,
			RUN_IDS[a.cell.data],
			a.app.id,
			`${a.cell.data}-saulite-preschool-lv-2027`
		);
	db.$client.prepare("update application set status = 'offered' where id = ?").run(a.app.id);
}

const runIn = (a: ProbeArgs) => ({ municipalityId: a.cell.tenant, runId: RUN_IDS[a.cell.data] });

function pushRefused(output: unknown): boolean {
	const first = (output as { results?: { status: string; error?: { code: string } }[] })
		.results?.[0];
	return (
		first?.status === 'rejected' && ['NOT_FOUND', 'FORBIDDEN'].includes(first.error?.code ?? '')
	);
}

export const PLACEMENT_PROBES: Record<string, Record<string, Probe>> = {
	'placement.programmes': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant }),
			requires: officerHere
		}
	},
	'placement.setCapacity': {
		"record municipality's programme": {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				programmeId: `${a.cell.data}-saulite-preschool-lv-2027`,
				validFrom: '2027-01-01',
				seats: 3
			}),
			requires: officerOfRecord
		}
	},
	'placement.runs': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant }),
			requires: officerHere
		}
	},
	'placement.run': { record: { input: runIn, prepare: verifiedRun, requires: officerOfRecord } },
	'placement.replay': { record: { input: runIn, prepare: verifiedRun, requires: officerOfRecord } },
	'placement.executeRun': {
		record: { input: runIn, prepare: preparedRun, requires: officerOfRecord }
	},
	'placement.publish': {
		record: { input: runIn, prepare: verifiedRun, requires: officerOfRecord }
	},
	'placement.prepareRun': {
		'the record’s service': {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				service: a.app.service,
				intake: 'preschool',
				kind: 'main'
			}),
			requires: (a) => holds(a.p, 'officer', a.cell.tenant, a.app.service)
		}
	},
	'placement.application': {
		record: {
			input: (a) => ({ municipalityId: a.cell.tenant, applicationId: a.app.id }),
			requires: officerOfRecord
		}
	},
	'placement.recordCase': {
		record: {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				applicationId: a.app.id,
				kind: 'commission',
				fact: 'commission',
				value: 'grant',
				reason: 'Komisijas lēmums Nr. 1'
			}),
			requires: officerOfRecord
		}
	},
	'placement.openData': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant }),
			requires: officerHere
		}
	},
	'placement.settings': {
		'this municipality': { input: (a) => ({ municipalityId: a.cell.tenant }), requires: adminHere }
	},
	'placement.saveSettings': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant, settings: { cadence: 'weekly' } }),
			requires: adminHere
		}
	},
	'placement.ruleSets': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant, intake: 'preschool' }),
			requires: adminHere
		}
	},
	'placement.saveRuleSet': {
		'this municipality': {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				ruleSet: {
					intake: 'preschool',
					validFrom: '2027-01-01',
					tieBreak: 'registration',
					windows: [],
					groups: [{ name: 'sibling', when: { fact: 'siblingEnrolled' } }]
				}
			}),
			requires: adminHere
		}
	},
	'placement.mine': {
		record: {
			input: (a) => ({ municipalityId: a.cell.tenant, applicationId: a.app.id }),
			requires: ownsHere
		}
	}
};

/** The family answers an offer (a sync mutation), to be spread into sync.push's probes. */
export const OFFER_RESPOND_PROBE: Probe = {
	input: (a) => ({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'offer.respond',
				args: {
					municipalityId: a.cell.tenant,
					applicationId: a.app.id,
					offerId: OFFER_IDS[a.cell.data],
					answer: 'accept'
				}
			}
		]
	}),
	prepare: openOffer,
	requires: ownsHere,
	refused: pushRefused
};
