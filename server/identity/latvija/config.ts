import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The Latvija.lv (WS-Federation) sign-in settings, from the environment. The certificate is
 * the identity provider's signing certificate, given here out of band: it is the only key
 * an assertion's signature is checked against (never the one the message carries).
 */
export type LatvijaConfig = {
	/** The provider's passive-profile endpoint (KOPA_IDP_URL). */
	idpUrl: string;
	/** The realm the portal assigned to Kopa; assertions must name it as their audience. */
	realm: string;
	/** Where the provider POSTs its answer. */
	replyUrl: string;
	/** The issuer assertions must carry. */
	issuer: string;
	certPem: string;
	/** The private key for encrypted assertions (optional). */
	decryptionKeyPem: string | null;
};

const PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/;

/** PEM text as is, or the PEM text of the file the value names. */
function pemFrom(value: string, what: string): string {
	const text = PEM.test(value) ? value : existsSync(value) ? readFileSync(value, 'utf8') : '';
	if (!PEM.test(text)) {
		throw new Error(`${what} is neither PEM text nor a readable PEM file`);
	}
	return text;
}

const zUrl = z.url({ protocol: /^https?$/ });

const zEnv = z.object({
	KOPA_IDP_URL: zUrl,
	KOPA_IDP_REALM: z.string().min(1).max(500),
	KOPA_IDP_REPLY_URL: zUrl.optional(),
	KOPA_IDP_ISSUER: z.string().min(1).max(500),
	KOPA_IDP_CERT: z.string().min(1),
	KOPA_IDP_DECRYPTION_KEY: z.string().min(1).optional(),
	ORIGIN: zUrl.optional()
});

type Env = Record<string, string | undefined>;

/**
 * Null when the sign-in is not configured at all (no KOPA_IDP_URL); throws when it is
 * configured wrongly, so a broken setting stops the server at start, not a person at login.
 */
export function loadLatvijaConfig(env: Env): LatvijaConfig | null {
	if (!env.KOPA_IDP_URL) {
		return null;
	}
	const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
	const parsed = zEnv.safeParse(present);
	if (!parsed.success) {
		const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
		throw new Error(`Latvija.lv sign-in settings are invalid: ${fields}`);
	}
	const e = parsed.data;
	const replyUrl = e.KOPA_IDP_REPLY_URL ?? (e.ORIGIN ? `${e.ORIGIN}/auth/latvija/return` : null);
	if (!replyUrl) {
		throw new Error('Latvija.lv sign-in settings are invalid: KOPA_IDP_REPLY_URL (or ORIGIN)');
	}
	return {
		idpUrl: e.KOPA_IDP_URL,
		realm: e.KOPA_IDP_REALM,
		replyUrl,
		issuer: e.KOPA_IDP_ISSUER,
		certPem: pemFrom(e.KOPA_IDP_CERT, 'KOPA_IDP_CERT'),
		decryptionKeyPem: e.KOPA_IDP_DECRYPTION_KEY
			? pemFrom(e.KOPA_IDP_DECRYPTION_KEY, 'KOPA_IDP_DECRYPTION_KEY')
			: null
	};
}

let cached: { config: LatvijaConfig | null } | undefined;

/** The running server's settings, read once from process.env. */
export function getLatvijaConfig(): LatvijaConfig | null {
	cached ??= { config: loadLatvijaConfig(process.env) };
	return cached.config;
}
