import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATTACHMENT_KINDS, kindFromName } from '../../src/lib/domain/attachments';
import { nameForKind } from '../../src/lib/domain/file-names';
import { hasControlCharacters } from '../../src/lib/domain/names';

describe('a file’s name follows what its bytes are', () => {
	it('x.html holding a PDF is x.pdf; a name without extension gets one', () => {
		expect(nameForKind('x.html', 'pdf')).toBe('x.pdf');
		expect(nameForKind('skice', 'pdf')).toBe('skice.pdf');
		expect(nameForKind('foto.heic.exe', 'heic')).toBe('foto.heic.heic');
		expect(nameForKind('atlauja.v2.svg', 'png')).toBe('atlauja.v2.png');
	});

	it('keeps a name that already says the right kind, as written', () => {
		expect(nameForKind('Foto no objekta.JPEG', 'jpeg')).toBe('Foto no objekta.JPEG');
		expect(nameForKind('skice.pdf', 'pdf')).toBe('skice.pdf');
	});

	it('drops direction overrides and control characters that would disguise the name', () => {
		expect(nameForKind('rēķins\u202Efdp.exe', 'pdf')).toBe('rēķinsfdp.pdf');
		expect(nameForKind('\u0000.', 'png')).toBe('file.png');
	});

	it('whatever the name and kind: the result claims that kind and holds no control character', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }),
				fc.constantFrom(...ATTACHMENT_KINDS),
				(name, kind) => {
					const result = nameForKind(name, kind);
					expect(kindFromName(result)).toBe(kind);
					expect(hasControlCharacters(result)).toBe(false);
					expect(result.trim()).toBe(result);
				}
			)
		);
	});
});
