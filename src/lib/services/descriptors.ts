import { permitDescriptor } from './advertising-permit/descriptor';
import { enrolmentDescriptor } from './education-enrolment/descriptor';
import { tradeDescriptor } from './street-trade/descriptor';
import type { ServiceDescriptor } from './types';

/**
 * The light half of the registry: what every page may need of every service (its title,
 * texts, workflow and file limits) without loading the services themselves (steps, schemas, rules,
 * decisions: tens of KB). The message catalogue and the local status change of a citizen's
 * action read from here; a page that shows a service's form loads that one service
 * (load.ts); staff pages and the server use the registry. A new service adds its line here,
 * in load.ts and in registry.ts; tests/unit/pages/service-loading.test.ts checks the three.
 */
const descriptors: ServiceDescriptor[] = [enrolmentDescriptor, permitDescriptor, tradeDescriptor];

const byId = new Map(descriptors.map((d) => [d.id, d]));

export function describeService(id: string | null | undefined): ServiceDescriptor | undefined {
	return id ? byId.get(id) : undefined;
}

export function listDescriptors(): readonly ServiceDescriptor[] {
	return descriptors;
}

/**
 * The services' part of the message catalogue: each service's own messages, and its title
 * under `service.<id>` (the admin pages and notices name a service by it).
 */
export function serviceCatalogue(lang: 'lv' | 'en'): Record<string, string> {
	const entries: Record<string, string> = {};
	for (const descriptor of descriptors) {
		Object.assign(entries, descriptor.messages?.[lang]);
		entries[`service.${descriptor.id}`] = descriptor.title[lang];
	}
	return entries;
}

/**
 * TESTS ONLY, through registry.ts registerServiceForTests: a service registered for a test
 * is described here too, so what reads descriptors (file limits) sees it as the registry does.
 */
export function registerDescriptorForTests(descriptor: ServiceDescriptor): () => void {
	descriptors.push(descriptor);
	byId.set(descriptor.id, descriptor);
	return () => {
		descriptors.splice(descriptors.indexOf(descriptor), 1);
		byId.delete(descriptor.id);
	};
}
