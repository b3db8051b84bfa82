import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InspectionDraftRow, OutboxRow } from '../../src/lib/client/db';
import { emptyDraft } from '../../src/lib/client/inspections/drafts';
import {
	accuracyLimitFrom,
	locate,
	positionWarnings
} from '../../src/lib/client/inspections/locate';
import {
	reportMutations,
	rigaDay,
	sendStatus,
	taskMutations
} from '../../src/lib/client/inspections/send';
import { photoKind } from '../../src/lib/client/inspections/take-photo';
import { sniffKind } from '../../src/lib/domain/attachments';
import {
	missingChecks,
	type CheckAnswer,
	type CheckKey,
	type InspectionView
} from '../../src/lib/domain/inspection';
import { CHECK_KEYS } from '../../src/lib/services/advertising-permit/inspection-setup';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const ID = '019a0000-0000-7000-8000-000000000001';

function task(overrides: Partial<InspectionView> = {}): InspectionView {
	return {
		id: ID,
		municipalityId: 'riga',
		kind: 'installation',
		status: 'assigned',
		applicationId: null,
		registrationNumber: 'RD-2026-1',
		permitNumber: 'A-1',
		followsId: null,
		inspectorId: 'demo-inspector-riga',
		inspectorName: 'Inspektors',
		dueOn: '2026-12-01',
		instructions: '',
		subject: {
			permitKind: 'temporary',
			holder: 'SIA Reklāma',
			location: 'Brīvības iela 40',
			lat: 56.9496,
			lon: 24.1052,
			width: 2,
			height: 1,
			lighting: null,
			content: null,
			validFrom: null,
			validTo: null
		},
		checklist: ['design', 'dimensions', 'mounting'],
		limits: { maxDistanceMetres: 30, maxAccuracyMetres: 20 },
		designFiles: [],
		outcome: null,
		description: null,
		photos: [],
		conflict: null,
		closingNote: null,
		version: 3,
		createdAt: NOW,
		updatedAt: NOW,
		...overrides
	};
}

function draft(overrides: Partial<InspectionDraftRow> = {}): InspectionDraftRow {
	return { ...emptyDraft(ID, 'task', 'riga', NOW), ...overrides };
}

const photo = (n: number) => ({
	photoId: `019a0000-0000-7000-8000-00000000010${n}`,
	sha256: String(n).repeat(64),
	mime: 'image/jpeg' as const,
	size: 1000,
	takenAt: NOW,
	position: null
});

const allYes = { design: 'yes', dimensions: 'yes', mounting: 'yes' } as const;

describe('taskMutations: the form is checked before anything is queued', () => {
	it('names each missing check of the task list at its own field', () => {
		const out = taskMutations(
			task(),
			draft({ checks: { design: 'yes' }, result: 'compliant' }),
			[],
			NOW
		);
		expect(out.ok).toBe(false);
		expect(!out.ok && out.errors).toEqual([
			{ field: 'check-dimensions', key: 'inspection.checkRequired' },
			{ field: 'check-mounting', key: 'inspection.checkRequired' }
		]);
	});

	it('asks for a result, and for a deadline and a "no" with defects', () => {
		const none = taskMutations(task(), draft({ checks: allYes }), [], NOW);
		expect(!none.ok && none.errors).toEqual([
			{ field: 'result', key: 'inspection.form.result.required' }
		]);
		const defects = taskMutations(task(), draft({ checks: allYes, result: 'defects' }), [], NOW);
		expect(!defects.ok && defects.errors.map((e) => [e.field, e.key])).toEqual([
			['defectDeadline', 'inspection.deadlineRequired'],
			['check-design', 'inspection.defectNotMarked']
		]);
	});

	it('refuses a deadline in the past and a malformed one', () => {
		const checks = { ...allYes, mounting: 'no' } as const;
		const past = taskMutations(
			task(),
			draft({ checks, result: 'defects', defectDeadline: '2026-11-26' }),
			[],
			NOW
		);
		expect(!past.ok && past.errors).toEqual([{ field: 'defectDeadline', key: 'date.past' }]);
		const bad = taskMutations(
			task(),
			draft({ checks, result: 'defects', defectDeadline: '27.11.2026' }),
			[],
			NOW
		);
		expect(!bad.ok && bad.errors).toEqual([{ field: 'defectDeadline', key: 'date.format' }]);
	});

	it('says notes are too long at the notes field', () => {
		const out = taskMutations(
			task(),
			draft({ checks: allYes, result: 'compliant', notes: 'a'.repeat(4001) }),
			[],
			NOW
		);
		expect(!out.ok && out.errors).toEqual([{ field: 'notes', key: 'field.tooLong' }]);
	});

	it('queues the photos first, then the result with the pulled task version', () => {
		const out = taskMutations(
			task(),
			draft({
				checks: { ...allYes, mounting: 'no' },
				result: 'defects',
				defectDeadline: '2026-12-15',
				notes: '  Stiprinājums vaļīgs  ',
				photos: [photo(1), photo(2)]
			}),
			[],
			NOW
		);
		expect(out.ok).toBe(true);
		if (!out.ok) {
			return;
		}
		expect(out.photos.map((p) => [p.photoId, p.inspectionId, p.municipalityId])).toEqual([
			[photo(1).photoId, ID, 'riga'],
			[photo(2).photoId, ID, 'riga']
		]);
		expect(out.complete).toMatchObject({
			inspectionId: ID,
			taskVersion: 3,
			result: 'defects',
			defectDeadline: '2026-12-15',
			notes: 'Stiprinājums vaļīgs',
			photoIds: [photo(1).photoId, photo(2).photoId],
			completedAt: NOW
		});
	});

	it('does not send again a photo the server has or the outbox carries', () => {
		const queued = {
			name: 'inspection.photo',
			status: 'applied',
			args: { photoId: photo(2).photoId }
		};
		const out = taskMutations(
			task({ photos: [{ ...photo(1), status: 'present' }] }),
			draft({ checks: allYes, result: 'compliant', photos: [photo(1), photo(2), photo(3)] }),
			[queued as unknown as OutboxRow],
			NOW
		);
		expect(out.ok && out.photos.map((p) => p.photoId)).toEqual([photo(3).photoId]);
		expect(out.ok && out.complete.photoIds).toHaveLength(3);
	});

	it('errors at checks are exactly the missing ones, for any list and any answers', () => {
		const answer = fc.constantFrom<CheckAnswer>('yes', 'no', 'na');
		fc.assert(
			fc.property(
				fc.subarray([...CHECK_KEYS], { minLength: 1 }),
				fc.dictionary(fc.constantFrom(...CHECK_KEYS), answer),
				(checklist, checks) => {
					const typed = checks as Partial<Record<CheckKey, CheckAnswer>>;
					const out = taskMutations(
						task({ checklist }),
						draft({ checks: typed, result: 'compliant' }),
						[],
						NOW
					);
					const missing = missingChecks(checklist, typed);
					const flagged = out.ok
						? []
						: out.errors.filter((e) => e.key === 'inspection.checkRequired').map((e) => e.field);
					expect(flagged).toEqual(missing.map((key) => `check-${key}`));
					expect(out.ok).toBe(missing.length === 0);
				}
			)
		);
	});
});

describe('reportMutations', () => {
	const position = { lat: 56.95, lon: 24.1, accuracyMetres: 8, at: NOW };

	it('needs where and what, and a position', () => {
		const out = reportMutations(
			{ ...emptyDraft(ID, 'report', 'riga', NOW), description: '   ' },
			[],
			NOW
		);
		expect(!out.ok && out.errors).toEqual([
			{ field: 'position', key: 'inspection.form.position.required' },
			{ field: 'description', key: 'field.required' }
		]);
	});

	it('makes the report and then its photos', () => {
		const out = reportMutations(
			{
				...emptyDraft(ID, 'report', 'riga', NOW),
				description: 'Brīvības iela 40, fasāde',
				position,
				photos: [photo(1)]
			},
			[],
			NOW
		);
		expect(out.ok && out.report).toEqual({
			inspectionId: ID,
			municipalityId: 'riga',
			position,
			description: 'Brīvības iela 40, fasāde',
			notes: '',
			reportedAt: NOW
		});
		expect(out.ok && out.photos.map((p) => p.photoId)).toEqual([photo(1).photoId]);
	});
});

describe('sendStatus', () => {
	const row = (name: string, status: OutboxRow['status']) =>
		({
			name,
			status,
			args: {},
			error: status === 'rejected' ? { code: 'INVALID_ARGS' } : undefined
		}) as OutboxRow;

	it('follows the sent result from the outbox to the pulled task', () => {
		expect(sendStatus({ sentAt: null }, [], task())).toEqual({ phase: 'editing' });
		const sent = { sentAt: NOW };
		expect(
			sendStatus(
				sent,
				[row('inspection.photo', 'applied'), row('inspection.complete', 'pending')],
				task()
			)
		).toEqual({ phase: 'waiting', pending: 1 });
		expect(sendStatus(sent, [row('inspection.complete', 'applied')], task())).toEqual({
			phase: 'sent'
		});
		const done = task({
			status: 'done',
			outcome: {
				checks: allYes,
				position: null,
				notes: '',
				result: 'compliant',
				defectDeadline: null,
				completedAt: NOW,
				receivedAt: NOW
			}
		});
		expect(sendStatus(sent, [row('inspection.resolveConflict', 'pending')], done)).toEqual({
			phase: 'synced'
		});
		expect(sendStatus(sent, [row('inspection.complete', 'rejected')], task())).toMatchObject({
			phase: 'refused',
			code: 'INVALID_ARGS'
		});
	});
});

describe('photoKind: only photos by their content', () => {
	const head = (prefix: number[]) =>
		fc
			.uint8Array({ minLength: 0, maxLength: 60 })
			.map((rest) => new Uint8Array([...prefix, ...rest]));

	it('takes JPEG and PNG by their first bytes, whatever follows', () => {
		fc.assert(
			fc.property(head([0xff, 0xd8, 0xff]), (bytes) => {
				expect(photoKind(bytes)).toBe('jpeg');
			})
		);
		fc.assert(
			fc.property(head([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), (bytes) => {
				expect(photoKind(bytes)).toBe('png');
			})
		);
	});

	it('refuses a PDF and anything the sniffer does not call a picture', () => {
		fc.assert(
			fc.property(head([0x25, 0x50, 0x44, 0x46, 0x2d]), (bytes) => {
				expect(photoKind(bytes)).toBeNull();
			})
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const kind = sniffKind(bytes);
				expect(photoKind(bytes)).toBe(kind === 'pdf' ? null : kind);
			})
		);
		expect(photoKind(new TextEncoder().encode('hello, this is text'))).toBeNull();
	});
});

describe('positionWarnings and locate', () => {
	const at = (lat: number, lon: number, accuracyMetres: number) => ({
		lat,
		lon,
		accuracyMetres,
		at: NOW
	});

	it('warns of poor accuracy and of distance against the task, and keeps quiet when fine', () => {
		const far = positionWarnings(at(56.9506, 24.1052, 50), task());
		expect(far.messages.map((m) => m.key)).toEqual([
			'geo.position.poorAccuracy',
			'geo.position.tooFar'
		]);
		expect(far.distanceMetres).toBeGreaterThan(100);
		const near = positionWarnings(at(56.9496, 24.1053, 5), task());
		expect(near.messages.map((m) => m.key)).toEqual(['geo.position.ok']);
	});

	it('checks only the accuracy for a report (no permitted point)', () => {
		expect(positionWarnings(at(56.9, 24.1, 80), null).messages.map((m) => m.key)).toEqual([
			'geo.position.poorAccuracy'
		]);
		expect(positionWarnings(at(56.9, 24.1, 10), null).messages).toEqual([]);
	});

	it('a report uses the municipality’s accuracy limit from its cached settings when there is one', () => {
		// Jūrmala-like settings with a 20 m limit: a 30 m fix is poor there, fine by default.
		const limit = accuracyLimitFrom({ inspection: { maxAccuracyMetres: 20 } });
		expect(limit).toBe(20);
		expect(positionWarnings(at(56.9, 24.1, 30), null, limit).messages[0]?.params).toEqual({
			accuracy: 30,
			max: 20
		});
		expect(positionWarnings(at(56.9, 24.1, 30), null).messages).toEqual([]);
		// Settings never fetched, or from before inspections: the fixed limit applies.
		expect(accuracyLimitFrom(undefined)).toBeUndefined();
		expect(accuracyLimitFrom({ enabledKinds: ['sign'] })).toBeUndefined();
	});

	it('turns the browser answer into a position or a catalogue key', async () => {
		const fix = (coords: { latitude: number; longitude: number; accuracy: number }) => ({
			getCurrentPosition: (ok: PositionCallback) =>
				ok({ coords, timestamp: NOW } as unknown as GeolocationPosition)
		});
		const fail = (code: number) => ({
			getCurrentPosition: (_ok: PositionCallback, err?: PositionErrorCallback | null) =>
				err?.({ code } as GeolocationPositionError)
		});
		await expect(locate(fix({ latitude: 56.9, longitude: 24.1, accuracy: 7 }))).resolves.toEqual({
			ok: true,
			position: { lat: 56.9, lon: 24.1, accuracyMetres: 7, at: NOW }
		});
		await expect(locate(fix({ latitude: NaN, longitude: 24.1, accuracy: 7 }))).resolves.toEqual({
			ok: false,
			message: 'inspection.form.locate.unavailable'
		});
		await expect(locate(fail(1))).resolves.toMatchObject({
			message: 'inspection.form.locate.denied'
		});
		await expect(locate(fail(3))).resolves.toMatchObject({
			message: 'inspection.form.locate.timeout'
		});
		await expect(locate(null)).resolves.toMatchObject({
			message: 'inspection.form.locate.unsupported'
		});
	});

	it('names today in Rīga, not in UTC', () => {
		// 23:30 UTC on 31 December is already 1 January in Rīga (UTC+2).
		expect(rigaDay(Date.UTC(2026, 11, 31, 23, 30))).toBe('2027-01-01');
	});
});
