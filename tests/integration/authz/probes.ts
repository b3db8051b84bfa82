import { randomUUID } from 'node:crypto';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { ENROLMENT_DEMO_SETTINGS } from '../../../src/lib/services/education-enrolment/demo-settings';
import { PRINCIPALS, ROLE_IDS, type Muni, type Principal } from './principals';
import type { AppFixture, World } from './world';
import type { Db } from '../../../server/db/client.server';
import { OFFER_RESPOND_PROBE, PLACEMENT_PROBES } from '../placement/authz-probes';

/**
 * The input factory table: for every procedure path, one or more probes. A probe makes a
 * valid input for one cell of the matrix (a caller, the municipality named in the input,
 * the municipality whose records the input points at) and says what the procedure must
 * additionally require by data, beyond its access meta (only the applicant's own record,
 * only an e-service the officer holds). The fuzz test starts its near-valid inputs here too.
 */

export type Cell = { tenant: Muni; data: Muni };

export type ProbeArgs = { world: World; cell: Cell; p: Principal; app: AppFixture };

export type Probe = {
	input: (a: ProbeArgs) => unknown;
	/** What the data further requires of the caller; absent = only the meta decides. */
	requires?: (a: ProbeArgs) => boolean;
	/** For an answer that refuses inside a success (a push's rejected mutation). */
	refused?: (output: unknown) => boolean;
	/** A correctness check of an allowed answer: a message if it is wrong. */
	check?: (output: unknown, a: ProbeArgs) => string | null;
	/**
	 * Puts the record in the state the action needs (on the probe's own copy of the world),
	 * e.g. in review before a decision; the guard under test is the same.
	 */
	prepare?: (db: Db, a: ProbeArgs) => void;
};

const inReview = (db: Db, a: ProbeArgs) => {
	db.$client.prepare("UPDATE application SET status = 'in_review' WHERE id = ?").run(a.app.id);
};

// ---- what the data requires -------------------------------------------------------------

const ownsRecord = (a: ProbeArgs) => a.p.personId === a.app.ownerId;
const ownsRecordHere = (a: ProbeArgs) => ownsRecord(a) && a.cell.tenant === a.cell.data;

/** Staff with this role in the municipality, for this e-service (null = all e-services). */
export function holdsRole(p: Principal, role: string, muni: string, service: string | null) {
	return p.grants.some(
		(g) =>
			g.role === role &&
			g.municipalityId === muni &&
			(g.service === null || service === null || g.service === service)
	);
}

/** The record must be of the municipality acted in, and of an e-service the caller holds. */
const staffOfRecord = (role: string) => (a: ProbeArgs) =>
	a.cell.tenant === a.cell.data && holdsRole(a.p, role, a.cell.tenant, a.app.service);

/** Admin of the municipality acted in, on a role of that same municipality. */
const adminOfRecord = (a: ProbeArgs) =>
	a.cell.tenant === a.cell.data && holdsRole(a.p, 'municipal_admin', a.cell.tenant, null);

/** A valid personal code nobody in the data has: staff granted by the matrix are new people. */
const NEW_PERSON = { personalCode: '010203-20007', givenName: 'Jauns', surname: 'Darbinieks' };

/** The session id of the record's owner (a caller of the matrix). */
function ownersSessionId(a: ProbeArgs): string {
	const owner = PRINCIPALS.find((p) => p.personId === a.app.ownerId);
	return a.world.sessions[owner?.name ?? '']?.id ?? 'none';
}

// ---- push outcomes ------------------------------------------------------------------------

/** Codes a mutation is refused with when it reaches someone else's record. */
const NOT_YOURS = new Set(['ID_TAKEN', 'NOT_FOUND', 'FORBIDDEN']);

function pushRefused(output: unknown): boolean {
	const results = (output as { results?: { status: string; error?: { code: string } }[] }).results;
	const first = results?.[0];
	return first?.status === 'rejected' && NOT_YOURS.has(first.error?.code ?? '');
}

function pushOf(clientId: string, mutationId: number, name: string, args: unknown) {
	return {
		clientId,
		schemaVersion: SCHEMA_VERSION,
		mutations: [{ id: mutationId, name, args }]
	};
}

const recordIn = (a: ProbeArgs) => ({ municipalityId: a.cell.tenant, id: a.app.id });

/** An officer for advertising permits (whose sites are inspected) in the municipality acted in. */
const permitOfficerHere = (a: ProbeArgs) =>
	holdsRole(a.p, 'officer', a.cell.tenant, 'advertising-permit');
/** …and the inspection is of that municipality. */
const permitOfficerOfRecord = (a: ProbeArgs) =>
	a.cell.tenant === a.cell.data && permitOfficerHere(a);
const inspectionIn = (a: ProbeArgs) => ({
	municipalityId: a.cell.tenant,
	inspectionId: a.world.inspections[a.cell.data]
});
const openTask = (db: Db, a: ProbeArgs) => {
	db.$client
		.prepare("UPDATE inspection SET status = 'assigned' WHERE id = ?")
		.run(a.world.inspections[a.cell.data]);
};
const inspectorHere = (a: ProbeArgs) =>
	holdsRole(a.p, 'inspector', a.cell.tenant, 'advertising-permit');

// ---- the table ----------------------------------------------------------------------------

export const PROBES: Record<string, Record<string, Probe>> = {
	'identity.me': {
		self: {
			input: () => undefined,
			check: (out, a) => {
				const id = (out as { id?: string } | null)?.id ?? null;
				return id === a.p.personId ? null : `me is ${id}, expected ${a.p.personId}`;
			}
		}
	},
	'tenants.municipalities': { all: { input: () => undefined } },
	'tenants.institutions': { all: { input: (a) => ({ municipalityId: a.cell.tenant }) } },
	'tenants.services': { all: { input: (a) => ({ municipalityId: a.cell.tenant }) } },
	'sync.push': {
		'answer an offer': OFFER_RESPOND_PROBE,
		'edit via own device': {
			input: (a) =>
				pushOf(randomUUID(), 1, 'application.saveDraft', {
					id: a.app.id,
					municipalityId: a.cell.tenant,
					service: a.app.service,
					patch: { childSurname: 'Labota' }
				}),
			requires: ownsRecordHere,
			refused: pushRefused
		},
		"edit via owner's device": {
			input: (a) =>
				pushOf(a.app.clientId, a.app.nextMutationId, 'application.saveDraft', {
					id: a.app.id,
					municipalityId: a.cell.tenant,
					service: a.app.service,
					patch: { childSurname: 'Labota' }
				}),
			requires: ownsRecordHere,
			refused: pushRefused
		},
		'resolve conflict': {
			input: (a) =>
				pushOf(randomUUID(), 1, 'conflict.resolve', {
					conflictId: a.app.conflictId,
					applicationId: a.app.id,
					municipalityId: a.cell.tenant,
					choice: 'server'
				}),
			requires: ownsRecordHere,
			refused: pushRefused
		},
		'inspector reports an ad': {
			input: (a) =>
				pushOf(randomUUID(), 1, 'inspection.report', {
					inspectionId: uuidv7(),
					municipalityId: a.cell.tenant,
					position: { lat: 56.95, lon: 24.1, accuracyMetres: 8, at: 1 },
					description: 'Plakāts uz žoga',
					notes: '',
					reportedAt: 1
				}),
			requires: inspectorHere,
			refused: pushRefused
		},
		'attach file': {
			input: (a) =>
				pushOf(randomUUID(), 1, 'attachment.add', {
					attachmentId: uuidv7(),
					recordId: a.app.id,
					municipalityId: a.cell.tenant,
					filename: 'cits.pdf',
					...a.app.attachment
				}),
			requires: ownsRecordHere,
			refused: pushRefused
		}
	},
	'inspections.list': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant }),
			requires: permitOfficerHere
		}
	},
	'inspections.inspectors': {
		'this municipality': {
			input: (a) => ({ municipalityId: a.cell.tenant }),
			requires: permitOfficerHere
		}
	},
	'inspections.get': { record: { input: inspectionIn, requires: permitOfficerOfRecord } },
	'inspections.resolveConflict': {
		record: { input: inspectionIn, requires: permitOfficerOfRecord }
	},
	'inspections.update': {
		record: {
			input: (a) => ({ ...inspectionIn(a), version: 1, instructions: 'Pārbaudīt vēlreiz.' }),
			prepare: openTask,
			requires: permitOfficerOfRecord
		}
	},
	'inspections.cancel': {
		record: {
			input: (a) => ({ ...inspectionIn(a), version: 1, note: 'Vairs nav vajadzīga.' }),
			prepare: openTask,
			requires: permitOfficerOfRecord
		}
	},
	'inspections.close': {
		record: {
			input: (a) => ({ ...inspectionIn(a), version: 1, note: 'Reklāma noņemta.' }),
			requires: permitOfficerOfRecord
		}
	},
	'inspections.schedule': {
		're-inspect a report': {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				applicationId: null,
				followsId: a.world.inspections[a.cell.data],
				kind: 'reinspection',
				inspectorId: 'demo-inspector-riga',
				// Far ahead: a due day before today is refused, whenever the suite runs.
				dueOn: '2099-01-15',
				instructions: 'Vai reklāma noņemta?'
			}),
			requires: permitOfficerOfRecord
		}
	},
	'sync.pull': {
		'own device': {
			input: () => ({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, cookie: null })
		},
		"owner's device": {
			input: (a) => ({ clientId: a.app.clientId, schemaVersion: SCHEMA_VERSION, cookie: null }),
			requires: ownsRecord
		}
	},
	'office.queue': {
		'all services': { input: (a) => ({ municipalityId: a.cell.tenant }) },
		'one service, searched': {
			input: (a) => ({ municipalityId: a.cell.tenant, service: a.app.service, q: 'a' }),
			requires: (a) => holdsRole(a.p, 'officer', a.cell.tenant, a.app.service)
		}
	},
	'office.colleagues': {
		'one service': {
			input: (a) => ({ municipalityId: a.cell.tenant, service: a.app.service }),
			requires: (a) => holdsRole(a.p, 'officer', a.cell.tenant, a.app.service)
		}
	},
	'office.assign': {
		'to me': { input: (a) => ({ ...recordIn(a), to: 'me' }), requires: staffOfRecord('officer') }
	},
	'office.bulkAssign': {
		'to nobody': {
			input: (a) => ({ municipalityId: a.cell.tenant, ids: [a.app.id], to: 'none' }),
			requires: staffOfRecord('officer')
		}
	},
	'office.bulkTransition': {
		'start review': {
			input: (a) => ({ municipalityId: a.cell.tenant, ids: [a.app.id], action: 'startReview' }),
			requires: staffOfRecord('officer')
		}
	},
	'applications.get': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'applications.conflicts': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'applications.startReview': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'applications.editFields': {
		record: {
			input: (a) => ({
				...recordIn(a),
				baseVersion: a.app.version,
				fields: { childSurname: 'Labota' }
			}),
			requires: staffOfRecord('officer')
		}
	},
	'applications.state': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'applications.timeline': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'applications.transition': {
		record: {
			input: (a) => ({ ...recordIn(a), action: 'startReview', baseVersion: a.app.version }),
			requires: staffOfRecord('officer')
		}
	},
	'applications.requestInformation': {
		record: {
			input: (a) => ({
				...recordIn(a),
				baseVersion: a.app.version,
				question: 'Lūdzu, pievienojiet dzimšanas apliecības kopiju.'
			}),
			requires: staffOfRecord('officer')
		}
	},
	'applications.addNote': {
		record: {
			input: (a) => ({ ...recordIn(a), text: 'Pārbaudīt deklarēto dzīvesvietu.' }),
			requires: staffOfRecord('officer')
		}
	},
	'decisions.decide': {
		record: {
			input: (a) => ({
				...recordIn(a),
				baseVersion: a.app.version,
				outcome: 'refused',
				paragraphs: ['Bērns nav deklarēts pašvaldībā.']
			}),
			prepare: inReview,
			requires: staffOfRecord('officer')
		}
	},
	'decisions.permits': {
		'this municipality': { input: (a) => ({ municipalityId: a.cell.tenant }) }
	},
	'decisions.decision': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'decisions.decisionPreview': {
		record: { input: recordIn, requires: staffOfRecord('officer') }
	},
	'decisions.decisionTemplate': {
		record: {
			input: (a) => ({ ...recordIn(a), outcome: 'approved' }),
			requires: staffOfRecord('officer')
		}
	},
	'applications.resolveConflict': {
		record: {
			input: (a) => ({
				...recordIn(a),
				conflictId: a.app.conflictId,
				choice: 'server',
				baseVersion: a.app.version
			}),
			requires: staffOfRecord('officer')
		}
	},
	'attachments.beginUpload': {
		'own file': { input: (a) => ({ ...a.app.attachment }), requires: ownsRecord }
	},
	'attachments.forApplication': { record: { input: recordIn, requires: staffOfRecord('officer') } },
	'account.sessions': { mine: { input: () => undefined } },
	'account.revokeSession': {
		mine: { input: (a) => ({ id: a.world.sessions[a.p.name]?.id ?? 'none' }) },
		"record owner's": { input: (a) => ({ id: ownersSessionId(a) }), requires: ownsRecord }
	},
	'account.noticeAddress': { mine: { input: () => undefined } },
	'account.setNoticeAddress': { mine: { input: () => ({ mode: 'application' }) } },
	'account.myData': {
		mine: {
			input: () => undefined,
			check: (out, a) => {
				const id = (out as { person?: { id?: string } }).person?.id;
				return id === a.p.personId ? null : `exported ${id}, expected ${a.p.personId}`;
			}
		}
	},
	'notices.list': { mine: { input: () => ({ limit: 5 }) } },
	'notices.unreadCount': { mine: { input: () => undefined } },
	'notices.markRead': { mine: { input: () => ({ all: true }) } },
	'notices.setLanguage': { mine: { input: () => ({ lang: 'lv' }) } },
	'admin.staff': { list: { input: (a) => ({ municipalityId: a.cell.tenant }) } },
	'admin.grant': {
		'new officer': {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				...NEW_PERSON,
				role: 'officer',
				service: null
			})
		}
	},
	'admin.revoke': {
		"record municipality's officer": {
			input: (a) => ({ municipalityId: a.cell.tenant, roleId: ROLE_IDS.officer[a.cell.data] }),
			requires: adminOfRecord
		},
		"record municipality's admin": {
			// Admins are the operator's to remove: never allowed here, by data.
			input: (a) => ({ municipalityId: a.cell.tenant, roleId: ROLE_IDS.admin[a.cell.data] }),
			requires: () => false
		},
		"the operator's role": {
			input: (a) => ({ municipalityId: a.cell.tenant, roleId: ROLE_IDS.operator }),
			requires: () => false
		}
	},
	'admin.services': { list: { input: (a) => ({ municipalityId: a.cell.tenant }) } },
	'admin.updateService': {
		'turn enrolment off': {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				service: 'education-enrolment',
				enabled: false,
				settings: ENROLMENT_DEMO_SETTINGS[a.cell.tenant]
			})
		}
	},
	'admin.addInstitution': {
		new: {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				nameLv: 'Jauna skola',
				nameEn: 'New school',
				kind: 'school',
				address: 'Skolas iela 1'
			})
		}
	},
	'admin.updateInstitution': {
		"record municipality's institution": {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				id: `${a.cell.data}-saulite`,
				nameLv: 'Pārdēvēta',
				nameEn: 'Renamed',
				kind: 'preschool',
				address: 'Saules iela 1'
			}),
			requires: adminOfRecord
		}
	},
	'admin.audit': {
		all: { input: (a) => ({ municipalityId: a.cell.tenant }) },
		filtered: {
			input: (a) => ({
				municipalityId: a.cell.tenant,
				action: 'application.open',
				text: 'Krūmiņa',
				from: '2000-01-01',
				to: '2999-12-31'
			})
		}
	},
	'platform.municipalities': { all: { input: () => undefined } },
	'platform.addMunicipality': {
		new: {
			input: () => ({
				id: 'authz-novads',
				atvk: '0099000',
				nameLv: 'Pārbaudes novads',
				nameEn: 'Test Municipality',
				nameLvGenitive: 'Pārbaudes novada',
				nameLvLocative: 'Pārbaudes novadā',
				officialNameLv: 'Pārbaudes novada pašvaldība',
				registrationPrefix: 'AUTHZ'
			})
		}
	},
	'platform.admins': { all: { input: () => undefined } },
	'platform.appointAdmin': {
		'new admin': { input: (a) => ({ municipalityId: a.cell.tenant, ...NEW_PERSON }) }
	},
	'platform.removeAdmin': {
		"record municipality's admin": {
			input: (a) => ({ municipalityId: a.cell.tenant, roleId: ROLE_IDS.admin[a.cell.data] }),
			requires: (a) => a.cell.tenant === a.cell.data
		},
		"record municipality's officer": {
			// Only admins are removed here; officers are their municipal admin's to revoke.
			input: (a) => ({ municipalityId: a.cell.tenant, roleId: ROLE_IDS.officer[a.cell.data] }),
			requires: () => false
		}
	},
	...PLACEMENT_PROBES
};
