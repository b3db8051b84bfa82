import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../server/db/client.server';
import * as schema from '../../../server/db/schema/index';
import { identify } from '../../../server/identity/request-identity';
import { createSession, sessionIdFromToken } from '../../../server/identity/sessions.service';
import { createContext, type Context } from '../../../server/kernel/context';
import { createCaller } from '../../../server/app/router';
import { contentHash } from '../../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { SCHEMA_VERSION, type Mutation } from '../../../src/lib/domain/sync';
import { CHILD_BIRTH_DATE, completeFieldsFor } from '../fixtures';
import { freshDb } from '../harness';
import { codeBornOn } from '../../unit/enrolment-fixture';
import {
	ADVERTISING_OFFICER_ID,
	LIEPAJA_ADMIN,
	MUNIS,
	PRINCIPALS,
	ROLE_IDS,
	type Muni,
	type Principal
} from './principals';

/**
 * The world the authorization matrix and the fuzz run in: honest demo data in two
 * municipalities, every kind of caller with a real session, built once and restored from
 * an in-memory snapshot for each call so that no call sees another call's writes.
 */

/** A submitted application of one municipality, with a file and an open conflict. */
export type AppFixture = {
	id: string;
	municipalityId: Muni;
	service: string;
	ownerId: string;
	/** The owner's device, and the next mutation id it would send. */
	clientId: string;
	nextMutationId: number;
	version: number;
	registrationNumber: string;
	childPersonalCode: string;
	conflictId: string;
	attachment: { sha256: string; size: number; mime: 'application/pdf' };
};

export type World = {
	snapshot: Buffer;
	apps: Record<Muni, AppFixture>;
	/** Līga's draft in Rīga: visible to nobody but her. */
	draft: { id: string; childPersonalCode: string };
	/** A report of an unpermitted ad in each municipality (done: an officer may close it). */
	inspections: Record<Muni, string>;
	/** Each principal's session token and session id (absent for anonymous). */
	sessions: Record<string, { token: string; id: string }>;
};

/** Each municipality's child: a pre-school age, with a code of their own (the judge looks for it). */
const CHILDREN: Record<Muni, { code: string; name: string }> = {
	riga: { code: codeBornOn(CHILD_BIRTH_DATE, 223), name: 'Elza' },
	liepaja: { code: codeBornOn(CHILD_BIRTH_DATE, 348), name: 'Ruta' }
};

function enrolmentFields(muni: Muni) {
	return {
		...completeFieldsFor(muni),
		childGivenName: CHILDREN[muni].name,
		childSurname: 'Testa',
		childPersonalCode: CHILDREN[muni].code
	};
}

/** Builds the world once; `restore(world)` gives each call its own copy. */
export async function buildWorld(): Promise<World> {
	const db = freshDb();
	const now = Date.now();
	db.$client
		.prepare(
			'insert into person (id, personal_code, given_name, surname, created_at) values (?, ?, ?, ?, ?)'
		)
		.run(ADVERTISING_OFFICER_ID, '311299-19999', 'Reklāma', 'Tikai', now);
	db.$client
		.prepare(
			'insert into role_assignment (id, person_id, role, municipality_id, service, created_at) values (?, ?, ?, ?, ?, ?)'
		)
		.run(
			`${ADVERTISING_OFFICER_ID}-role`,
			ADVERTISING_OFFICER_ID,
			'officer',
			'riga',
			'advertising-permit',
			now
		);

	// Data, not a caller: an admin of Liepāja, so the operator has one in each to remove.
	db.$client
		.prepare(
			'insert into person (id, personal_code, given_name, surname, created_at) values (?, ?, ?, ?, ?)'
		)
		.run(LIEPAJA_ADMIN.personId, LIEPAJA_ADMIN.personalCode, 'Ieva', 'Jūra', now);
	db.$client
		.prepare(
			'insert into role_assignment (id, person_id, role, municipality_id, service, created_at) values (?, ?, ?, ?, ?, ?)'
		)
		.run(ROLE_IDS.admin.liepaja, LIEPAJA_ADMIN.personId, 'municipal_admin', 'liepaja', null, now);

	const owners: Record<Muni, string> = { riga: 'demo-citizen-anna', liepaja: 'demo-citizen-janis' };
	const apps = {} as Record<Muni, AppFixture>;
	for (const muni of MUNIS) {
		apps[muni] = await submittedWithConflict(db, muni, owners[muni]);
	}
	const draft = { id: uuidv7(), childPersonalCode: '050619-11776' };
	await pushAs(db, 'demo-citizen-liga', randomUUID(), [
		{
			id: 1,
			name: 'application.saveDraft',
			args: {
				id: draft.id,
				municipalityId: 'riga',
				service: 'education-enrolment',
				patch: { childGivenName: 'Melnraksts', childPersonalCode: draft.childPersonalCode }
			}
		}
	]);

	const inspections = {} as Record<Muni, string>;
	for (const muni of MUNIS) {
		inspections[muni] = insertReport(db, muni, now);
	}

	const sessions: World['sessions'] = {};
	for (const p of PRINCIPALS) {
		if (!p.personId) {
			continue;
		}
		const token = `authz-${p.short}-${randomUUID()}`;
		createSession(db, token, {
			personId: p.personId,
			kind: p.kind,
			authMethod: 'latvija',
			actingFor: p.actingFor,
			userAgent: `authz matrix (${p.short})`
		});
		sessions[p.name] = { token, id: sessionIdFromToken(token) };
	}
	return { snapshot: db.$client.serialize(), apps, draft, inspections, sessions };
}

async function pushAs(db: Db, personId: string, clientId: string, mutations: Mutation[]) {
	const caller = createCaller(createContext(db, identityOf(db, personId)));
	const out = await caller.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations });
	const refused = out.results.filter((r) => r.status !== 'applied');
	if (refused.length > 0 || out.results.length !== mutations.length) {
		throw new Error(`fixture push refused: ${JSON.stringify(out)}`);
	}
	return out;
}

function identityOf(db: Db, personId: string) {
	const token = `fixture-${randomUUID()}`;
	createSession(db, token, { personId, kind: 'citizen', authMethod: 'latvija' });
	return identify(db, token);
}

async function submittedWithConflict(db: Db, muni: Muni, ownerId: string): Promise<AppFixture> {
	const id = uuidv7();
	const clientId = randomUUID();
	const fields = enrolmentFields(muni);
	const pdf = {
		sha256: contentHash({ authz: muni }),
		size: 2048,
		mime: 'application/pdf' as const
	};
	await pushAs(db, ownerId, clientId, [
		{
			id: 1,
			name: 'application.saveDraft',
			args: { id, municipalityId: muni, service: 'education-enrolment', patch: fields }
		},
		{
			id: 2,
			name: 'attachment.add',
			args: {
				attachmentId: uuidv7(),
				recordId: id,
				municipalityId: muni,
				filename: 'izziņa.pdf',
				...pdf
			}
		},
		{
			id: 3,
			name: 'application.submit',
			args: { id, municipalityId: muni, submissionId: uuidv7(), payloadHash: contentHash(fields) }
		}
	]);
	const submittedVersion = versionOf(db, id);
	// The officer and the offline applicant change the same field from the same version.
	const officer = createCaller(createContext(db, identityOf(db, `demo-officer-${muni}`)));
	await officer.applications.editFields({
		municipalityId: muni,
		id,
		baseVersion: submittedVersion,
		fields: { childGivenName: `${fields.childGivenName} Marija` }
	});
	await pushAs(db, ownerId, clientId, [
		{
			id: 4,
			name: 'application.saveDraft',
			args: {
				id,
				municipalityId: muni,
				service: 'education-enrolment',
				patch: { childGivenName: `${fields.childGivenName}a` }
			},
			baseVersions: { [id]: submittedVersion }
		}
	]);
	// An officer opening it leaves an entry in the municipality's audit log.
	await officer.applications.get({ municipalityId: muni, id });
	const row = db.$client
		.prepare('select version, registration_number r from application where id = ?')
		.get(id) as { version: number; r: string };
	const conflict = db.$client
		.prepare("select id from conflict where application_id = ? and status = 'open'")
		.get(id) as { id: string } | undefined;
	if (!conflict) {
		throw new Error(`fixture: no conflict on ${muni}'s application`);
	}
	return {
		id,
		municipalityId: muni,
		service: 'education-enrolment',
		ownerId,
		clientId,
		nextMutationId: 5,
		version: row.version,
		registrationNumber: row.r,
		childPersonalCode: fields.childPersonalCode,
		conflictId: conflict.id,
		attachment: pdf
	};
}

function versionOf(db: Db, id: string): number {
	return (
		db.$client.prepare('select version from application where id = ?').get(id) as {
			version: number;
		}
	).version;
}

/** A private copy of the world's database. */
export function restore(world: World): Db {
	const sqlite = new Database(world.snapshot);
	sqlite.pragma('foreign_keys = ON');
	return drizzle(sqlite, { schema });
}

/** What the principal's request would carry: their session as the cookie would resolve it. */
export function identityFor(db: Db, world: World, p: Principal) {
	return identify(db, p.personId ? world.sessions[p.name]?.token : undefined);
}

export function contextFor(db: Db, world: World, p: Principal): Context {
	return createContext(db, identityFor(db, world, p), '192.0.2.10');
}

/** HONEST FIXTURE: a report of an unpermitted ad, as an inspector's device would make it. */
function insertReport(db: Db, muni: Muni, now: number): string {
	const id = uuidv7();
	const position = { lat: 56.95, lon: 24.1, accuracyMetres: 8, at: now };
	db.$client
		.prepare(
			`insert into inspection (id, municipality_id, service, kind, status, inspector_id,
			instructions, subject, checklist, max_distance_metres, max_accuracy_metres, design_files,
			outcome, description, version, server_seq, created_at, updated_at)
			values (?, ?, 'advertising-permit', 'report', 'done', ?, '', ?, '[]', 50, 30, '[]', ?, ?, 1, 0, ?, ?)`
		)
		.run(
			id,
			muni,
			muni === 'riga' ? 'demo-inspector-riga' : 'demo-officer-liepaja',
			JSON.stringify({
				permitKind: null,
				holder: '—',
				location: 'Sienas reklāma pie veikala',
				lat: position.lat,
				lon: position.lon,
				width: null,
				height: null,
				lighting: null,
				content: null,
				validFrom: null,
				validTo: null
			}),
			JSON.stringify({
				checks: {},
				position,
				notes: '',
				result: 'unpermitted',
				defectDeadline: null,
				completedAt: now,
				receivedAt: now
			}),
			'Sienas reklāma pie veikala',
			now,
			now
		);
	return id;
}
