import type { EServiceDefinition } from './types';

/**
 * One service's whole definition, loaded when a page needs it (the citizen's form): each
 * service is its own chunk, so a form of one service does not load the others and the home
 * page loads none. The service worker precaches every chunk, so this works offline too.
 */
const loaders: Record<string, () => Promise<EServiceDefinition>> = {
	'education-enrolment': async () =>
		(await import('./education-enrolment/definition')).educationEnrolmentFull,
	'advertising-permit': async () =>
		(await import('./advertising-permit/definition')).advertisingPermit,
	'street-trade': async () => (await import('./street-trade/definition')).streetTrade
};

/** The services this loader knows (tests compare them with the registry's). */
export const loadableServiceIds = Object.keys(loaders);

export async function loadService(
	id: string | null | undefined
): Promise<EServiceDefinition | undefined> {
	const load = id && Object.hasOwn(loaders, id) ? loaders[id] : undefined;
	return load ? await load() : undefined;
}
