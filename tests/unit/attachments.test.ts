import { describe, expect, it } from 'vitest';
import { attachmentLimitsFor } from '../../src/lib/services/attachment-limits';
import {
	checkContent,
	checkDeclared,
	checkSize,
	DEFAULT_ATTACHMENT_LIMITS,
	kindFromMime,
	kindFromName,
	sniffKind,
	zAttachmentAddArgs,
	zFilename
} from '../../src/lib/domain/attachments';
import {
	chunkSizeFor,
	contradictsOwn,
	judgeChunk,
	parseBodySizeLimit,
	parseOffset,
	statusOnAdd
} from '../../server/attachments/attachments.rules';

const bytes = (...values: (number | string)[]) =>
	Uint8Array.from(
		values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v]))
	);

/** An ISO-BMFF `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
	const size = 16 + 4 * compatible.length;
	return bytes(0, 0, 0, size, 'ftyp', major, 0, 0, 0, 0, ...compatible, 0, 0, 0, 8, 'meta');
}

const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF', 0);
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR');
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n');
const HEIC = ftyp('heic', 'mif1', 'heic');
const TEXT = bytes('Hello, this is a text file pretending to be a photo.\n');

describe('sniffKind: a file’s kind is read from its first bytes', () => {
	it.each([
		['jpeg', JPEG],
		['png', PNG],
		['pdf', PDF],
		['heic', HEIC],
		['heic', ftyp('mif1', 'mif1', 'heic')],
		['heic', ftyp('heix', 'mif1')]
	])('%s', (kind, head) => {
		expect(sniffKind(head)).toBe(kind);
	});

	it.each([
		['text', TEXT],
		['nothing', new Uint8Array(0)],
		['a truncated JPEG marker', bytes(0xff, 0xd8)],
		['a GIF', bytes('GIF89a')],
		['AVIF (HEIF container, not HEIC)', ftyp('avif', 'mif1', 'avif')],
		['generic HEIF that is AVIF', ftyp('mif1', 'mif1', 'avif')],
		['an MP4 video', ftyp('isom', 'isom', 'mp41')],
		['PDF magic not at the start', bytes(' %PDF-1.7')]
	])('refuses %s', (_, head) => {
		expect(sniffKind(head)).toBeNull();
	});
});

describe('checkContent: the content decides, a contradicting name or type is refused', () => {
	const limits = DEFAULT_ATTACHMENT_LIMITS;

	it('accepts a photo whose name and type agree with its content', () => {
		expect(
			checkContent({ head: JPEG, filename: 'IMG_0001.JPG', declaredMime: 'image/jpeg' }, limits)
		).toEqual({ ok: true, kind: 'jpeg' });
		expect(
			checkContent({ head: HEIC, filename: 'IMG_0002.HEIC', declaredMime: '' }, limits)
		).toEqual({ ok: true, kind: 'heic' });
	});

	it('accepts a file with no telling name by its content', () => {
		expect(checkContent({ head: PDF, filename: 'scan', declaredMime: '' }, limits)).toEqual({
			ok: true,
			kind: 'pdf'
		});
	});

	it('refuses a .jpg that is really text', () => {
		expect(
			checkContent({ head: TEXT, filename: 'photo.jpg', declaredMime: 'image/jpeg' }, limits)
		).toEqual({ ok: false, problem: { code: 'attachment.unrecognised' } });
	});

	it('refuses a PDF named .jpg, and a PNG sent as image/jpeg', () => {
		expect(checkContent({ head: PDF, filename: 'photo.jpg', declaredMime: '' }, limits)).toEqual({
			ok: false,
			problem: { code: 'attachment.mismatch', claimed: 'jpeg', actual: 'pdf' }
		});
		expect(
			checkContent({ head: PNG, filename: 'x', declaredMime: 'image/jpeg' }, limits)
		).toMatchObject({ ok: false, problem: { code: 'attachment.mismatch' } });
	});

	it('refuses a kind the service does not take', () => {
		expect(
			checkContent(
				{ head: PDF, filename: 'a.pdf', declaredMime: '' },
				{ ...limits, kinds: ['jpeg'] }
			)
		).toEqual({ ok: false, problem: { code: 'attachment.kindNotAllowed', kind: 'pdf' } });
	});
});

describe('limits', () => {
	it('defaults to 10 MB per file, pdf, jpeg, png and heic, for every service', () => {
		expect(attachmentLimitsFor('education-enrolment')).toEqual({
			maxBytes: 10 * 1024 * 1024,
			kinds: ['pdf', 'jpeg', 'png', 'heic'],
			maxFiles: 10
		});
		expect(attachmentLimitsFor('a-service-not-yet-written')).toEqual(DEFAULT_ATTACHMENT_LIMITS);
	});

	it('checks size: empty and too large are refused, exactly the limit is fine', () => {
		const limits = DEFAULT_ATTACHMENT_LIMITS;
		expect(checkSize(0, limits)).toEqual({ code: 'attachment.empty' });
		expect(checkSize(limits.maxBytes, limits)).toBeNull();
		expect(checkSize(limits.maxBytes + 1, limits)).toEqual({
			code: 'attachment.tooLarge',
			maxMb: 10
		});
	});

	it('checks a declared file on the server the same way', () => {
		const limits = DEFAULT_ATTACHMENT_LIMITS;
		const ok = { size: 1000, mime: 'image/png', filename: 'plan.png' };
		expect(checkDeclared(ok, limits)).toBeNull();
		expect(checkDeclared({ ...ok, filename: 'plan.pdf' }, limits)).toMatchObject({
			code: 'attachment.mismatch'
		});
		expect(checkDeclared({ ...ok, mime: 'text/plain' }, limits)).toEqual({
			code: 'attachment.unrecognised'
		});
		expect(checkDeclared({ ...ok, size: 11 * 1024 * 1024 }, limits)).toMatchObject({
			code: 'attachment.tooLarge'
		});
	});

	it('reads kinds from names and media types, case-insensitively', () => {
		expect(kindFromName('IMG.JPEG')).toBe('jpeg');
		expect(kindFromName('archive.tar.gz')).toBeNull();
		expect(kindFromName('no-extension')).toBeNull();
		expect(kindFromMime('Image/HEIF')).toBe('heic');
		expect(kindFromMime('application/octet-stream')).toBeNull();
	});

	it('keeps paths and control characters out of file names', () => {
		expect(zFilename.safeParse('bērna foto.jpg').success).toBe(true);
		expect(zFilename.safeParse('../../etc/passwd').success).toBe(false);
		expect(zFilename.safeParse('a\\b.jpg').success).toBe(false);
		expect(zFilename.safeParse('a\u0000.jpg').success).toBe(false);
		expect(zFilename.safeParse('   ').success).toBe(false);
	});

	it('bounds the mutation’s arguments', () => {
		const args = {
			attachmentId: '01900000-0000-7000-8000-000000000000',
			recordId: '01900000-0000-7000-8000-000000000001',
			municipalityId: 'riga',
			sha256: 'a'.repeat(64),
			size: 10,
			mime: 'image/jpeg',
			filename: 'a.jpg'
		};
		expect(zAttachmentAddArgs.safeParse(args).success).toBe(true);
		expect(zAttachmentAddArgs.safeParse({ ...args, sha256: 'A'.repeat(64) }).success).toBe(false);
		expect(zAttachmentAddArgs.safeParse({ ...args, size: 51 * 1024 * 1024 }).success).toBe(false);
		expect(zAttachmentAddArgs.safeParse({ ...args, mime: 'image/gif' }).success).toBe(false);
	});
});

describe('chunk rules', () => {
	it('takes a chunk only at the server’s offset and never past the size', () => {
		const blob = { size: 100, receivedBytes: 40 };
		expect(judgeChunk(blob, 40, 30)).toEqual({ kind: 'append', completes: false });
		expect(judgeChunk(blob, 40, 60)).toEqual({ kind: 'append', completes: true });
		expect(judgeChunk(blob, 0, 30)).toEqual({ kind: 'conflict', offset: 40 });
		expect(judgeChunk(blob, 70, 30)).toEqual({ kind: 'conflict', offset: 40 });
		expect(judgeChunk(blob, 40, 61)).toEqual({ kind: 'tooLarge' });
	});

	it('parses Upload-Offset strictly', () => {
		expect(parseOffset('0')).toBe(0);
		expect(parseOffset(' 1048576 ')).toBe(1048576);
		for (const bad of [null, '', '-1', '1.5', '1e6', 'abc', '9'.repeat(16)]) {
			expect(parseOffset(bad)).toBeNull();
		}
	});

	it('asks for 1 MiB chunks unless the server’s body limit is lower', () => {
		expect(parseBodySizeLimit(undefined)).toBe(512 * 1024);
		expect(parseBodySizeLimit('2M')).toBe(2 * 1024 * 1024);
		expect(parseBodySizeLimit('Infinity')).toBe(Infinity);
		expect(chunkSizeFor(Infinity)).toBe(1024 * 1024);
		expect(chunkSizeFor(4 * 1024 * 1024)).toBe(1024 * 1024);
		expect(chunkSizeFor(512 * 1024)).toBe(512 * 1024);
	});
});

describe('proof of possession: only a person’s own files decide', () => {
	const photo = { size: 1200, mime: 'image/jpeg' };

	it('makes a new attachment present only if the same person already sent the bytes', () => {
		expect(statusOnAdd([])).toBe('expected');
		expect(statusOnAdd([{ ...photo, status: 'expected' }])).toBe('expected');
		expect(
			statusOnAdd([
				{ ...photo, status: 'expected' },
				{ ...photo, status: 'present' }
			])
		).toBe('present');
	});

	it('refuses a claim only when it contradicts the person’s own earlier claim', () => {
		expect(contradictsOwn([], photo)).toBe(false);
		expect(contradictsOwn([{ ...photo, status: 'present' }], photo)).toBe(false);
		expect(contradictsOwn([{ ...photo, status: 'present' }], { ...photo, size: 1201 })).toBe(true);
		expect(
			contradictsOwn([{ ...photo, status: 'expected' }], { ...photo, mime: 'image/png' })
		).toBe(true);
	});
});
