import { advertisingPermit } from './advertising-permit/definition';
import { educationEnrolmentFull } from './education-enrolment/definition';
import type { EServiceDefinition } from './types';

/** Every e-service of the platform. Adding one is a folder and a line here. */
const services: EServiceDefinition[] = [educationEnrolmentFull, advertisingPermit];

const byId = new Map(services.map((s) => [s.id, s]));

export function getService(id: string): EServiceDefinition | undefined {
	return byId.get(id);
}

export function listServices(): readonly EServiceDefinition[] {
	return services;
}

/**
 * TESTS ONLY. Adds a service the platform has never heard of (a fixture in tests/fixtures)
 * and returns the function that removes it again. It exists to prove that sync, storage and
 * the officer queue are generic (tests/integration/third-service.test.ts); application code
 * never calls it, and a real service is added by its line in `services` above.
 */
export function registerServiceForTests<S>(def: EServiceDefinition<S>): () => void {
	if (byId.has(def.id)) {
		throw new Error(`service ${def.id} is already registered`);
	}
	// The registry holds services of any settings type; each reads only its own settings.
	const entry = def as EServiceDefinition;
	services.push(entry);
	byId.set(def.id, entry);
	return () => {
		services.splice(services.indexOf(entry), 1);
		byId.delete(def.id);
	};
}
