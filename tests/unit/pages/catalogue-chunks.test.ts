import { describe, expect, it } from 'vitest';
import { en as englishChunk } from '../../../src/lib/i18n/catalogue-en';
import { en, lv } from '../../../src/lib/i18n/messages';

/**
 * The English entry goes through the build plugin (`?lang=en` copies of the catalogue
 * modules, decision 0018); vitest runs the same Vite plugins, so this reads what it gives.
 */
describe('the English chunk', () => {
	it('holds the whole English catalogue, text for text', () => {
		expect(englishChunk).toEqual(en);
		expect(Object.keys(englishChunk).length).toBe(Object.keys(lv).length);
	});

	it('is a copy of its own, not the first load’s module', () => {
		expect(englishChunk).not.toBe(en);
	});
});
