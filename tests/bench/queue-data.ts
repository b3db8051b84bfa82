import type Database from 'better-sqlite3';
import { facetRowsOf } from '../../server/applications/facets';
import { addDays } from '../../src/lib/domain/calendar/dates';

/**
 * A large back office for the queue bench: MUNICIPALITIES municipalities, APPLICATIONS
 * applications spread over them (enrolments and permits in every status, some assigned, due
 * days around today), each with the facet rows the real facetRowsOf writes. Generated with
 * prepared inserts in big transactions, deterministic (a seeded generator), so runs compare.
 */

export const MUNICIPALITIES = 40;
export const APPLICATIONS = 250_000;
export const OFFICERS_PER_MUNICIPALITY = 5;
const APPLICANTS = 20_000;
const BATCH = 25_000;

const GIVEN = ['Anna', 'Jānis', 'Elza', 'Ēriks', 'Līga', 'Pēteris', 'Marta', 'Oskars', 'Dace'];
const SURNAMES = ['Liepiņa', 'Bērziņš', 'Ozols', 'Kalniņa', 'Šķēle', 'Zariņš', 'Ābele', 'Vītols'];
const ENROLMENT_STATES = ['submitted', 'in_review', 'information_requested', 'in_queue', 'offered'];
const PERMIT_STATES = ['submitted', 'in_review', 'heritage_approval', 'approved', 'refused'];
const GROUNDS = ['sibling', 'declaredResidence', 'largeFamily', 'staffChild'];
const KINDS = ['sign', 'banner', 'billboard'];

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const municipalityId = (m: number) => `m${String(m).padStart(2, '0')}`;
export const officerId = (m: number, k: number) => `officer-${municipalityId(m)}-${k}`;
export const institutionId = (m: number, k: number) => `${municipalityId(m)}-pii-${k}`;

const pick = <T>(rand: () => number, list: readonly T[]): T =>
	list[Math.floor(rand() * list.length)] as T;

/** DDMMYY-NNNNN from a number (not check-digit valid: the queue never checks it). */
const codeOf = (n: number) => {
	const s = String(100_000_000_00 + n).slice(-11);
	return `${s.slice(0, 6)}-${s.slice(6)}`;
};

export type Generated = { today: string; now: number; seconds: number };

/** Fills a migrated, empty database; returns the "today" the due days were spread around. */
export function generateQueueData(sqlite: Database.Database, now: number): Generated {
	const started = performance.now();
	// Throwaway data: no fsync while loading (the file is deleted after the run).
	sqlite.pragma('synchronous = OFF');
	sqlite.pragma('cache_size = -262144');
	// The facet lookup index is rebuilt after loading (one sort instead of 5 M random inserts),
	// from its own definition, so the schema queried is the migrated one.
	const lookup = sqlite
		.prepare("SELECT sql FROM sqlite_master WHERE name = 'application_facet_lookup_idx'")
		.get() as { sql: string } | undefined;
	sqlite.exec('DROP INDEX IF EXISTS application_facet_lookup_idx');
	const rand = seeded(42);
	const today = new Date(now).toISOString().slice(0, 10);
	const insMuni = sqlite.prepare(
		'INSERT INTO municipality (id, atvk, name_lv, name_en, registration_prefix, created_at) VALUES (?, ?, ?, ?, ?, 0)'
	);
	const insPerson = sqlite.prepare(
		"INSERT INTO person (id, personal_code, given_name, surname, lang, created_at) VALUES (?, ?, ?, ?, 'lv', 0)"
	);
	const insApp = sqlite.prepare(
		`INSERT INTO application (id, municipality_id, service, applicant_id, status, data, version,
		 server_seq, registration_number, submitted_at, assignee_id, due_on, decided_at, created_at,
		 updated_at) VALUES (?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insFacet = sqlite.prepare(
		'INSERT OR IGNORE INTO application_facet (application_id, municipality_id, facet, value) VALUES (?, ?, ?, ?)'
	);
	const applicants: { id: string; givenName: string; surname: string; personalCode: string }[] = [];
	sqlite.transaction(() => {
		for (let m = 0; m < MUNICIPALITIES; m++) {
			const id = municipalityId(m);
			insMuni.run(
				id,
				String(900_000 + m),
				`Pašvaldība ${m}`,
				`Municipality ${m}`,
				id.toUpperCase()
			);
			for (let k = 0; k < OFFICERS_PER_MUNICIPALITY; k++) {
				insPerson.run(officerId(m, k), codeOf(9_000_000 + m * 10 + k), 'Ilze', `Darbiniece${k}`);
			}
		}
		for (let i = 0; i < APPLICANTS; i++) {
			const a = {
				id: `applicant-${i}`,
				givenName: pick(rand, GIVEN),
				surname: pick(rand, SURNAMES),
				personalCode: codeOf(i)
			};
			applicants.push(a);
			insPerson.run(a.id, a.personalCode, a.givenName, a.surname);
		}
	})();
	const dayMs = 86_400_000;
	for (let start = 0; start < APPLICATIONS; start += BATCH) {
		sqlite.transaction(() => {
			for (let i = start; i < Math.min(start + BATCH, APPLICATIONS); i++) {
				const m = i % MUNICIPALITIES;
				const muni = municipalityId(m);
				const isEnrolment = rand() < 0.7;
				const service = isEnrolment ? 'education-enrolment' : 'advertising-permit';
				const status = pick(rand, isEnrolment ? ENROLMENT_STATES : PERMIT_STATES);
				const decided = status === 'approved' || status === 'refused';
				const submittedAt = now - Math.floor(rand() * 365) * dayMs - Math.floor(rand() * dayMs);
				const applicant = pick(rand, applicants);
				const data: Record<string, unknown> = isEnrolment
					? {
							childGivenName: pick(rand, GIVEN),
							childSurname: pick(rand, SURNAMES),
							childPersonalCode: codeOf(50_000_000 + i),
							level: 'preschool',
							institutionChoices: [institutionId(m, Math.floor(rand() * 8))],
							priorityGrounds: rand() < 0.3 ? [pick(rand, GROUNDS)] : []
						}
					: {
							permitKind: pick(rand, KINDS),
							zone: rand() < 0.5 ? 'centre' : 'other',
							nearMonument: rand() < 0.1 ? 'yes' : 'no',
							registrationNumber: String(40_000_000_000 + i),
							companyName: `SIA ${pick(rand, SURNAMES)}`
						};
				const row = {
					id: `app-${String(i).padStart(7, '0')}`,
					municipalityId: muni,
					service,
					data,
					registrationNumber: `${muni.toUpperCase()}-2026-${String(i).padStart(6, '0')}`
				};
				const assignee =
					rand() < 0.4 ? officerId(m, Math.floor(rand() * OFFICERS_PER_MUNICIPALITY)) : null;
				const dueOn = addDays(today, Math.floor(rand() * 60) - 20);
				insApp.run(
					row.id,
					muni,
					service,
					applicant.id,
					status,
					JSON.stringify(data),
					i + 1,
					row.registrationNumber,
					submittedAt,
					assignee,
					dueOn,
					decided ? submittedAt + 10 * dayMs : null,
					submittedAt,
					submittedAt
				);
				for (const f of facetRowsOf(row, applicant)) {
					insFacet.run(f.applicationId, f.municipalityId, f.facet, f.value);
				}
			}
		})();
	}
	if (lookup) {
		sqlite.exec(lookup.sql);
	}
	sqlite.pragma('synchronous = NORMAL');
	return { today, now, seconds: (performance.now() - started) / 1000 };
}
