import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/i18n/locale.svelte';
import { en, lv } from '../../src/lib/i18n/messages';

describe('catalogue texts with their parameters', () => {
	it('states a text’s limit when it is known', () => {
		expect(fill(lv['field.textTooLong'], { max: 4000 })).toBe(
			'Teksts ir par garu: ne vairāk kā 4000 rakstzīmju.'
		);
		expect(fill(en['field.textTooLong'], { max: 200 })).toBe(
			'The text is too long: at most 200 characters.'
		);
	});

	it('still reads as a sentence where a caller has only the key (no blank number)', () => {
		expect(fill(lv['field.textTooLong'], {})).toBe('Teksts ir par garu.');
	});
});
