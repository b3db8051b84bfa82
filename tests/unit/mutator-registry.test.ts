import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../src/lib/domain/mutations';
import { mutators } from '../../server/app/mutators';

describe('the sync mutator registry', () => {
	it('has a mutator for exactly the mutations of the domain map, and nothing else', () => {
		expect(Object.keys(mutators).sort()).toEqual(Object.keys(MUTATIONS).sort());
	});

	it('holds a function for every name', () => {
		for (const [name, mutator] of Object.entries(mutators)) {
			expect(typeof mutator, name).toBe('function');
		}
	});
});
