import { advertisingPermit } from './advertising-permit/definition';
import { registerDescriptorForTests } from './descriptors';
import { educationEnrolmentFull } from './education-enrolment/definition';
import { streetTrade } from './street-trade/definition';
import type { EServiceDefinition, InspectionCheck } from './types';

/**
 * Every e-service of the platform, whole. Adding one is a folder and a line here, in
 * descriptors.ts (what every page needs of it) and in load.ts (its form, loaded on demand).
 */
const services: EServiceDefinition[] = [educationEnrolmentFull, advertisingPermit, streetTrade];

const byId = new Map(services.map((s) => [s.id, s]));

export function getService(id: string): EServiceDefinition | undefined {
	return byId.get(id);
}

export function listServices(): readonly EServiceDefinition[] {
	return services;
}

/** The capabilities a definition may declare (see types.ts). */
export type CapabilityName =
	| 'fee'
	| 'decision'
	| 'register'
	| 'inspection'
	| 'openData'
	| 'notices'
	| 'messages'
	| 'attachments'
	| 'upgrades'
	| 'legacyPaths'
	| 'placement';

/** A service known to have capability `C`. */
export type ServiceWith<C extends CapabilityName> = EServiceDefinition &
	Required<Pick<EServiceDefinition, C>>;

function has<C extends CapabilityName>(
	def: EServiceDefinition,
	capability: C
): def is ServiceWith<C> {
	return def[capability] !== undefined;
}

/** Every registered service that declares `capability`, in registry order. */
export function servicesWith<C extends CapabilityName>(capability: C): ServiceWith<C>[] {
	return services.filter((def): def is ServiceWith<C> => has(def, capability));
}

/** The service of `id` if it declares `capability`, else undefined. */
export function serviceWith<C extends CapabilityName>(
	id: string | null | undefined,
	capability: C
): ServiceWith<C> | undefined {
	const def = id ? byId.get(id) : undefined;
	return def && has(def, capability) ? def : undefined;
}

/**
 * The service an inspection is of: the task's own service, or for a report of an object found
 * on site without a permit (no application, so no service of its own) the one service whose
 * inspection takes reports.
 */
export function inspectedService(
	id: string | null | undefined
): ServiceWith<'inspection'> | undefined {
	return (
		serviceWith(id, 'inspection') ??
		servicesWith('inspection').find((def) => def.inspection.takesReports === true)
	);
}

/** A check an inspection of service `id` (null: a report) may ask, by its key. */
export function inspectionCheck(
	id: string | null | undefined,
	key: string
): InspectionCheck | undefined {
	return inspectedService(id)?.inspection.checks.find((check) => check.key === key);
}

/**
 * The services' part of the message catalogue: each service's own messages, and its title
 * under `service.<id>` (the admin pages and notices name a service by it).
 */
export function serviceCatalogue(lang: 'lv' | 'en'): Record<string, string> {
	const entries: Record<string, string> = {};
	for (const def of services) {
		Object.assign(entries, def.messages?.[lang]);
		entries[`service.${def.id}`] = def.title[lang];
	}
	return entries;
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
	const undescribe = registerDescriptorForTests(entry);
	return () => {
		services.splice(services.indexOf(entry), 1);
		byId.delete(def.id);
		undescribe();
	};
}
