import { createHash } from 'node:crypto';
import type { DesignFile, InspectionView } from '../../src/lib/domain/inspection';
import { uuidv7 } from '../../src/lib/domain/ids';

/** A design file as a task names it, with the bytes it stands for. */
export function designFile(
	bytes: Uint8Array,
	filename = 'dizains.pdf'
): DesignFile & { bytes: Uint8Array } {
	return {
		attachmentId: uuidv7(),
		sha256: createHash('sha256').update(bytes).digest('hex'),
		filename,
		mime: 'application/pdf',
		size: bytes.byteLength,
		bytes
	};
}

/** Bytes that start like a PDF, different per seed. */
export function pdfBytes(size: number, seed = 1): Uint8Array {
	const bytes = new Uint8Array(size);
	bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
	for (let i = 9; i < size; i++) {
		bytes[i] = (i * 31 + seed * 7) % 251;
	}
	return bytes;
}

/** A task as the sync engine stores it in `db.inspections`. */
export function taskView(overrides: Partial<InspectionView> = {}): InspectionView {
	return {
		id: uuidv7(),
		municipalityId: 'riga',
		kind: 'installation',
		status: 'assigned',
		applicationId: uuidv7(),
		registrationNumber: 'RP-2026-000123',
		permitNumber: 'RA-2026-0042',
		followsId: null,
		inspectorId: 'demo-inspector-riga',
		inspectorName: 'Ilze Inspektore',
		dueOn: '2026-12-01',
		instructions: '',
		subject: {
			permitKind: 'billboard',
			holder: 'SIA Reklāma',
			location: 'Brīvības iela 40, Rīga',
			lat: 56.9575,
			lon: 24.1214,
			width: 3,
			height: 2,
			lighting: null,
			content: null,
			validFrom: null,
			validTo: null
		},
		checklist: ['design', 'dimensions'],
		limits: { maxDistanceMetres: 50, maxAccuracyMetres: 30 },
		designFiles: [],
		outcome: null,
		description: null,
		photos: [],
		conflict: null,
		closingNote: null,
		version: 1,
		createdAt: 1_700_000_000_000,
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

/** Drops the test-only `bytes` so the view is what the server sends. */
export const asDesignFile = ({ bytes: _bytes, ...file }: DesignFile & { bytes: Uint8Array }) =>
	file;
