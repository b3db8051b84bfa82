import { describe, expect, it } from 'vitest';
import {
	describeService,
	listDescriptors,
	serviceCatalogue as describedCatalogue
} from '../../../src/lib/services/descriptors';
import { loadableServiceIds, loadService } from '../../../src/lib/services/load';
import { getService, listServices, serviceCatalogue } from '../../../src/lib/services/registry';

/**
 * The registry in three parts (decision 0015): descriptors for every page, the loader for
 * the form, the whole registry for staff pages and the server. They must name the same
 * services and say the same of each.
 */

const ids = listServices().map((def) => def.id);

describe('the three ways to a service', () => {
	it('name the same services', () => {
		expect(ids.length).toBeGreaterThanOrEqual(3);
		expect(listDescriptors().map((d) => d.id)).toEqual(ids);
		expect([...loadableServiceIds].sort()).toEqual([...ids].sort());
	});

	it.each(ids)('%s: the descriptor is what the definition says', (id) => {
		const def = getService(id);
		const descriptor = describeService(id);
		expect(descriptor).toBeDefined();
		expect(descriptor?.title).toBe(def?.title);
		expect(descriptor?.workflow).toBe(def?.workflow);
		expect(descriptor?.messages).toBe(def?.messages);
		expect(descriptor?.attachments).toBe(def?.attachments);
	});

	it.each(ids)('%s: the loader gives the registered definition', async (id) => {
		expect(await loadService(id)).toBe(getService(id));
	});

	it('loads nothing for an unknown service or a name from Object.prototype', async () => {
		expect(await loadService('no-such-service')).toBeUndefined();
		expect(await loadService('constructor')).toBeUndefined();
		expect(await loadService(null)).toBeUndefined();
		expect(describeService('constructor')).toBeUndefined();
	});

	it.each(['lv', 'en'] as const)('give the same catalogue entries (%s)', (lang) => {
		expect(describedCatalogue(lang)).toEqual(serviceCatalogue(lang));
	});
});
