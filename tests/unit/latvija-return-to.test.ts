import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../server/identity/return-to';

const ORIGIN = 'http://localhost:4173';

/** What every accepted value must be: a header-safe path that stays on this origin. */
function assertSafe(value: string): void {
	expect(() => new Headers({ location: value })).not.toThrow();
	expect(value).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
	expect(new URL(value, ORIGIN).origin).toBe(ORIGIN);
}

describe('safeReturnTo (issue 13, item 15)', () => {
	it('keeps plain paths, with their query and fragment', () => {
		expect(safeReturnTo('/applications')).toBe('/applications');
		expect(safeReturnTo('/riga?service=x#top')).toBe('/riga?service=x#top');
		expect(safeReturnTo('/a/../b')).toBe('/b');
	});

	it('percent-encodes what a header cannot carry instead of failing on it', () => {
		expect(safeReturnTo('/\u3002evil.example')).toBe('/%E3%80%82evil.example');
		expect(safeReturnTo('/%E3%80%82evil.example')).toBe('/%E3%80%82evil.example');
		expect(safeReturnTo('/rīga')).toBe('/r%C4%ABga');
	});

	it('drops anything that leaves the site', () => {
		for (const value of [
			'//evil.example',
			'/\\evil.example',
			'/.//evil.example',
			'/..//evil.example',
			'/\t/evil.example',
			'https://evil.example/',
			'evil.example',
			'',
			null,
			undefined,
			`/${'a'.repeat(600)}`
		]) {
			expect(safeReturnTo(value), String(value)).toBeNull();
		}
	});

	it('never returns anything but a same-origin, header-safe path, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.string({ unit: 'binary' }).map((s) => `/${s}`),
					fc.string().map((s) => `//${s}`),
					fc.webPath(),
					fc.webUrl()
				),
				(input) => {
					const value = safeReturnTo(input);
					if (value !== null) {
						assertSafe(value);
					}
				}
			),
			{ numRuns: 2000 }
		);
	});
});
