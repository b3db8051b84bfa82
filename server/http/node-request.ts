import type { IncomingMessage } from 'node:http';

/**
 * What adapter-node would tell SvelteKit about a request (its origin, the client's address,
 * the body size limit), worked out the same way from the same environment variables, so
 * that /trpc can be answered before the SvelteKit handler (server/http/node-trpc.ts) with the
 * same checks. Where adapter-node would need more than this mirrors (no ORIGIN, so the
 * origin comes from proxy headers; an address header that is missing or too short; a size
 * limit written another way), the answer is null and the request goes to SvelteKit, which
 * answers it exactly as before.
 */

export type NodeRequestSettings = {
	origin: string;
	addressHeader: string;
	xffDepth: number;
	/** Bytes; null: no limit (BODY_SIZE_LIMIT=Infinity). */
	bodySizeLimit: number | null;
};

const UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** adapter-node's BODY_SIZE_LIMIT: bytes, with K, M or G, or Infinity; default 512K. */
export function parseBodySizeLimit(raw: string | undefined): number | null | undefined {
	const value = raw ?? '512K';
	if (value === 'Infinity') {
		return null;
	}
	const match = /^(\d+)([KMG]?)$/i.exec(value);
	if (!match?.[1]) {
		return undefined;
	}
	return Number(match[1]) * (match[2] ? (UNITS[match[2].toUpperCase()] ?? 1) : 1);
}

/** The settings, or null when adapter-node must decide (see above). */
export function nodeRequestSettings(
	env: Record<string, string | undefined>
): NodeRequestSettings | null {
	const bodySizeLimit = parseBodySizeLimit(env.BODY_SIZE_LIMIT);
	const xffDepth = Number.parseInt(env.XFF_DEPTH ?? '1', 10);
	if (!env.ORIGIN || bodySizeLimit === undefined || !(xffDepth >= 1)) {
		return null;
	}
	let origin: string;
	try {
		origin = new URL(env.ORIGIN).origin;
	} catch {
		return null;
	}
	return {
		origin,
		addressHeader: (env.ADDRESS_HEADER ?? '').toLowerCase(),
		xffDepth,
		bodySizeLimit
	};
}

/** The client's address as adapter-node's getClientAddress gives it; null: let it decide. */
export function clientAddressOf(req: IncomingMessage, settings: NodeRequestSettings) {
	const { addressHeader, xffDepth } = settings;
	if (!addressHeader) {
		return req.socket.remoteAddress ?? null;
	}
	const value = req.headers[addressHeader];
	if (typeof value !== 'string') {
		return null;
	}
	if (addressHeader !== 'x-forwarded-for') {
		return value;
	}
	const addresses = value.split(',');
	return addresses[addresses.length - xffDepth]?.trim() ?? null;
}

/** One request header as `Headers.get` gives it (repeated headers joined with `, `). */
export function headerReader(req: IncomingMessage): Pick<Headers, 'get'> {
	return {
		get(name: string) {
			const value = req.headers[name.toLowerCase()];
			return Array.isArray(value) ? value.join(', ') : (value ?? null);
		}
	};
}

/** A cookie's value from the Cookie header, decoded as SvelteKit's `cookies.get` does. */
export function cookieValue(req: IncomingMessage, name: string): string | undefined {
	const header = req.headers.cookie;
	if (!header) {
		return undefined;
	}
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq === -1 || part.slice(0, eq).trim() !== name) {
			continue;
		}
		let value = part.slice(eq + 1).trim();
		if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
			value = value.slice(1, -1);
		}
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return undefined;
}
