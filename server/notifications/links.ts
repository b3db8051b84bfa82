/**
 * Addresses in notices and emails point at the public origin (ORIGIN, as adapter-node reads
 * it); without one, at the local default `npm start` uses.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
	const origin = env.ORIGIN?.trim();
	return origin ? origin.replace(/\/+$/, '') : `http://localhost:${env.PORT || '3000'}`;
}

/** Where the citizen opens their application. */
export function applicationLink(municipalityId: string, service: string, id: string): string {
	const path = [municipalityId, service, id].map(encodeURIComponent).join('/');
	return `${publicOrigin()}/${path}`;
}
