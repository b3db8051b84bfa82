import { educationEnrolment } from './education-enrolment/definition';
import type { EServiceDefinition } from './types';

/** Every e-service of the platform. Adding one is a folder and a line here. */
const services: readonly EServiceDefinition[] = [educationEnrolment];

const byId = new Map(services.map((s) => [s.id, s]));

export function getService(id: string): EServiceDefinition | undefined {
	return byId.get(id);
}

export function listServices(): readonly EServiceDefinition[] {
	return services;
}
