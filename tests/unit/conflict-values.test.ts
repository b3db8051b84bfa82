import { describe, expect, it } from 'vitest';
import { conflictValueLines } from '../../src/lib/components/form/conflict-values';
import { lv } from '../../src/lib/i18n/messages';
import { advertisingPermit } from '../../src/lib/services/advertising-permit/definition';
import type { EServiceDefinition } from '../../src/lib/services/types';

const t = (key: string) => (lv as Record<string, string>)[key] ?? key;
const where = {
	def: advertisingPermit as EServiceDefinition,
	municipalityId: 'riga',
	institutions: [],
	cachedSettings: undefined
};

// Before, the conflict banner showed any value that was not plain text as "(tukšs)".
describe('a conflict’s two values, as the form shows them', () => {
	it('names a choice by its label, not its code, and shows non-text values', () => {
		expect(conflictValueLines(where, 'permitKind', 'sign', 'lv', t)).toEqual(['Izkārtne']);
		expect(
			conflictValueLines(where, 'point', { lat: 56.9497, lon: 24.1134 }, 'lv', t).join(' ')
		).toMatch(/56[.,]9497/);
		expect(conflictValueLines(where, 'address', { text: 'Brīvības iela 1' }, 'lv', t)).toEqual([
			'Brīvības iela 1'
		]);
	});

	it('shows nothing for an empty answer, and plain text for a field it does not know', () => {
		expect(conflictValueLines(where, 'permitKind', '', 'lv', t)).toEqual([]);
		expect(conflictValueLines(where, 'noSuchField', 'teksts', 'lv', t)).toEqual(['teksts']);
	});
});
