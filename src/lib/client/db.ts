import Dexie, { type EntityTable } from 'dexie';
import type { ApplicationStatus, ApplicationView } from '../domain/application';
import type { ConflictView } from '../domain/conflict';
import type {
	CheckAnswer,
	CheckKey,
	DevicePosition,
	InspectionPhoto,
	InspectionResult,
	InspectionView
} from '../domain/inspection';
import type { MutationArgs, MutationName } from '../domain/mutations';
import type { Rejection } from '../domain/sync';

/** What is queued for one change: its name and its arguments, typed by the mutation map. */
export type MutationCall<N extends MutationName = MutationName> = {
	[K in N]: { name: K; args: MutationArgs<K> };
}[N];

interface OutboxRowFields {
	mutationId: number;
	recordId: string;
	/** pending: not yet answered; applied/rejected: the server's answer, kept until pulled. */
	status: 'pending' | 'applied' | 'rejected';
	error?: Rejection;
	/** The server version of the record when the change was made (for merging on the server). */
	baseVersions?: Record<string, number>;
	schemaVersion: number;
	createdAt: number;
	attempts: number;
}

/**
 * One queued change (SYNC.md §1.2). Confirmed rows leave when a pull includes their effect.
 * A union by name, so testing `row.name` narrows `row.args` to that mutation's arguments.
 */
export type OutboxRow<N extends MutationName = MutationName> = {
	[K in N]: OutboxRowFields & MutationCall<K>;
}[N];

/** The optimistic view of an application: the server's copy with local changes replayed. */
export interface ApplicationRecord extends Omit<ApplicationView, 'status'> {
	entity: 'application';
	/** `submitting`: submit is queued on this device and the server has not yet received it. */
	status: ApplicationStatus | 'submitting';
}

/** A file kept on the device, named by its SHA-256 (SYNC.md §1.7). */
export interface BlobRow {
	sha256: string;
	blob: Blob;
	size: number;
	mime: string;
	/** local: not yet sent; uploading: partly sent; uploaded: the server verified it. */
	state: 'local' | 'uploading' | 'uploaded';
	/** Bytes the server has confirmed. */
	offset: number;
}

/** A file attached to a record; the bytes live in `blobs`. */
export interface AttachmentRow {
	id: string;
	recordId: string;
	sha256: string;
	filename: string;
	mime: string;
	size: number;
	createdAt: number;
}

/** A conflict the server kept between two changes of the same field (pulled, shown). */
export type ConflictRow = ConflictView & { recordId: string };

/**
 * The inspector's work on one inspection, kept on the device as it is typed (autosave):
 * a task's form, or a report of an unpermitted ad made on site. `sentAt` is set when the
 * result was queued for sync; the form then shows what was sent.
 */
export interface InspectionDraftRow {
	id: string;
	kind: 'task' | 'report';
	municipalityId: string;
	checks: Partial<Record<CheckKey, CheckAnswer>>;
	position: DevicePosition | null;
	notes: string;
	result: InspectionResult | null;
	defectDeadline: string | null;
	/** A report's "where and what". */
	description: string;
	/** Photos taken for it (their bytes are in `blobs`, an attachment row each). */
	photos: InspectionPhoto[];
	sentAt: number | null;
	updatedAt: number;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

export type KopaDb = Dexie & {
	outbox: EntityTable<OutboxRow, 'mutationId'>;
	records: EntityTable<ApplicationRecord, 'id'>;
	serverBase: EntityTable<ApplicationView, 'id'>;
	meta: EntityTable<MetaRow, 'key'>;
	blobs: EntityTable<BlobRow, 'sha256'>;
	attachments: EntityTable<AttachmentRow, 'id'>;
	conflicts: EntityTable<ConflictRow, 'id'>;
	/** Inspections assigned to (or reported by) this person, as the server last sent them. */
	inspections: EntityTable<InspectionView, 'id'>;
	inspectionDrafts: EntityTable<InspectionDraftRow, 'id'>;
};

/**
 * One database per person on this browser profile (Replicache: "each user must use a
 * different name"), so signing in as someone else never mixes two people's drafts.
 * Keep every earlier version declaration: field devices skip app versions.
 */
export function openKopaDb(personId: string, name = `kopa-${personId}`): KopaDb {
	const db = new Dexie(name) as KopaDb;
	db.version(1).stores({
		outbox: 'mutationId, recordId, status',
		records: 'id, entity, updatedAt',
		serverBase: 'id',
		meta: 'key'
	});
	db.version(2).stores({
		blobs: 'sha256, state',
		attachments: 'id, recordId, sha256',
		conflicts: 'id, recordId, status'
	});
	db.version(3).stores({
		inspections: 'id, municipalityId, status',
		inspectionDrafts: 'id'
	});
	return db;
}
