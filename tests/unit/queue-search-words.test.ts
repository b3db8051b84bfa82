import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseQuery, searchTokens } from '../../src/lib/domain/queue';

const QUOTES = ['„', '“', '”', '«', '»', '"', "'", '‘', '’', '‚', '‹', '›'];
const PUNCTUATION = [...QUOTES, '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '–', '—'];

/** A word as names are written: Latvian letters, digits, maybe a hyphen inside. */
const word = fc
	.tuple(
		fc.stringMatching(/^[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ0-9]{1,12}$/),
		fc.option(fc.stringMatching(/^[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ0-9]{1,8}$/), { nil: undefined })
	)
	.map(([head, tail]) => (tail ? `${head}-${tail}` : head));

/** Words with quotes and punctuation around them and between them, as people type names. */
const decorated = fc
	.array(
		fc.tuple(
			fc.constantFrom('', ...PUNCTUATION),
			word,
			fc.constantFrom('', ...PUNCTUATION),
			fc.constantFrom(' ', '  ', ', ', ' – ')
		),
		{ minLength: 1, maxLength: 6 }
	)
	.map((parts) => ({
		words: parts.map(([, w]) => w),
		text: parts.map(([open, w, close, gap]) => `${open}${w}${close}${gap}`).join('')
	}));

describe('search words ignore quotes and punctuation', () => {
	it('SIA “Demo Reklāma” is found by Demo, whichever quotes it was written with', () => {
		for (const name of [
			'SIA “Demo Reklāma”',
			'SIA „Demo Reklāma“',
			'SIA «Demo Reklāma»',
			'SIA "Demo Reklāma"'
		]) {
			const tokens = searchTokens(name);
			expect(tokens).toEqual(expect.arrayContaining(['sia', 'demo', 'reklāma', 'reklama']));
			expect(normaliseQuery('Demo').every((q) => tokens.some((t) => t.startsWith(q)))).toBe(true);
		}
		expect(normaliseQuery('„Demo“')).toEqual(['demo']);
	});

	it('every word of a text is stored, and no stored word holds a quote or punctuation', () => {
		fc.assert(
			fc.property(decorated, ({ words, text }) => {
				const tokens = searchTokens(text);
				for (const w of words) {
					expect(tokens).toContain(w.toLocaleLowerCase('lv'));
				}
				for (const token of tokens) {
					expect(PUNCTUATION.some((p) => token.includes(p))).toBe(false);
				}
			})
		);
	});

	it('a query reads the same with or without quotes and punctuation', () => {
		fc.assert(
			fc.property(decorated, ({ words, text }) => {
				expect(normaliseQuery(text)).toEqual(normaliseQuery(words.join(' ')));
			})
		);
	});

	it('whatever a query holds, each of its words starts a word of the same text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (text) => {
				const tokens = searchTokens(text);
				for (const q of normaliseQuery(text)) {
					expect(tokens.some((t) => t.startsWith(q.slice(0, 80)))).toBe(true);
				}
			})
		);
	});

	it('stores every word of a long name, not only the first four', () => {
		const tokens = searchTokens('SIA “Demo Reklāma un Partneri Latvijā”');
		expect(tokens).toEqual(expect.arrayContaining(['partneri', 'latvijā']));
	});
});
