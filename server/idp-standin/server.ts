import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { issueWresult, type SigningOptions } from './assertion';
import type { KeyPair } from './keys';
import {
	ANSWER_VARIANTS,
	autoPostPage,
	badRequestPage,
	choosePage,
	type AnswerVariant,
	type Lang,
	type WsfedRequest
} from './pages';
import type { StandinSettings } from './settings';
import { TEST_PERSONS } from './test-persons';

/**
 * The stand-in identity provider over HTTP: the WS-Federation passive sign-in (GET /wsfed),
 * the person chosen (POST /wsfed/issue: a signed answer auto-POSTed to wreply), Cancel
 * (POST /wsfed/cancel: back to wreply with wa and wctx and no wresult), and its certificate.
 */

const MAX_BODY = 16 * 1024;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function send(
	res: ServerResponse,
	status: number,
	body: string,
	type = 'text/html; charset=utf-8',
	headers: Record<string, string> = {}
): void {
	res.writeHead(status, {
		'content-type': type,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		...headers
	});
	res.end(body);
}

function csp(nonce: string, formTargets: string[]): string {
	return [
		"default-src 'none'",
		`script-src 'nonce-${nonce}'`,
		`style-src 'nonce-${nonce}'`,
		`form-action 'self' ${formTargets.join(' ')}`.trim(),
		"base-uri 'none'",
		"frame-ancestors 'none'"
	].join('; ');
}

/** The request's fields, or null when it is not a sign-in request this stand-in answers. */
function wsfedRequest(params: URLSearchParams): WsfedRequest | null {
	const wtrealm = params.get('wtrealm') ?? '';
	const wreply = params.get('wreply') ?? '';
	const wctx = params.get('wctx') ?? '';
	if (!wtrealm || !wctx || wtrealm.length > 500 || wctx.length > 200) {
		return null;
	}
	let url: URL;
	try {
		url = new URL(wreply);
	} catch {
		return null;
	}
	// It answers only to services on this machine, so it cannot be used to sign in elsewhere.
	if (!/^https?:$/.test(url.protocol) || !LOOPBACK_HOSTS.has(url.hostname)) {
		return null;
	}
	const variant = ANSWER_VARIANTS.find((v) => v === params.get('variant'));
	return variant ? { wtrealm, wreply, wctx, variant } : { wtrealm, wreply, wctx };
}

const SIGNING: Record<AnswerVariant, SigningOptions> = {
	// An RSA-SHA256 signature over a SHA-1 digest (issue 13, item 24).
	'sha1-digest': { digestAlgorithm: 'http://www.w3.org/2000/09/xmldsig#sha1' }
};

const langOf = (params: URLSearchParams): Lang => (params.get('lang') === 'en' ? 'en' : 'lv');

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY) {
			return null;
		}
		chunks.push(chunk);
	}
	return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function createStandinServer(settings: StandinSettings, keys: KeyPair): Server {
	return createServer((req, res) => {
		handle(req, res, settings, keys).catch(() => {
			if (!res.headersSent) {
				send(res, 500, 'error', 'text/plain');
			}
		});
	});
}

async function handle(
	req: IncomingMessage,
	res: ServerResponse,
	settings: StandinSettings,
	keys: KeyPair
): Promise<void> {
	const url = new URL(req.url ?? '/', 'http://stand-in');
	const nonce = randomBytes(16).toString('base64');
	if (req.method === 'GET' && url.pathname === '/cert.pem') {
		return send(res, 200, keys.certPem, 'application/x-pem-file');
	}
	if (req.method === 'GET' && url.pathname === '/health') {
		return send(res, 200, 'ok', 'text/plain');
	}
	if (req.method === 'GET' && url.pathname === '/wsfed') {
		const lang = langOf(url.searchParams);
		const request = url.searchParams.get('wa') === 'wsignin1.0' && wsfedRequest(url.searchParams);
		if (!request) {
			return send(res, 400, badRequestPage(lang, nonce), undefined, {
				'content-security-policy': csp(nonce, [])
			});
		}
		return send(res, 200, choosePage(request, lang, nonce), undefined, {
			'content-security-policy': csp(nonce, [new URL(request.wreply).origin])
		});
	}
	if (
		req.method === 'POST' &&
		(url.pathname === '/wsfed/issue' || url.pathname === '/wsfed/cancel')
	) {
		const form = await readForm(req);
		const request = form && wsfedRequest(form);
		const lang = form ? langOf(form) : 'lv';
		if (!form || !request) {
			return send(res, 400, badRequestPage(lang, nonce), undefined, {
				'content-security-policy': csp(nonce, [])
			});
		}
		if (url.pathname === '/wsfed/cancel') {
			// WS-Federation has no cancel message: back to wreply with the context and no token.
			const back = new URL(request.wreply);
			back.searchParams.set('wa', 'wsignin1.0');
			back.searchParams.set('wctx', request.wctx);
			res.writeHead(303, { location: back.toString(), 'cache-control': 'no-store' });
			res.end();
			return;
		}
		const person = TEST_PERSONS.find((p) => p.key === form.get('person'));
		if (!person) {
			return send(res, 400, badRequestPage(lang, nonce), undefined, {
				'content-security-policy': csp(nonce, [])
			});
		}
		const wresult = issueWresult(
			{
				issuer: settings.issuer,
				audience: request.wtrealm,
				identifier: person.identifier,
				givenName: person.givenName,
				surname: person.surname,
				now: Date.now(),
				lifetimeMs: settings.lifetimeMs,
				...(person.latvijaShape ? { latvijaShape: person.latvijaShape } : {})
			},
			keys.keyPem,
			keys.certPem,
			request.variant ? SIGNING[request.variant] : {}
		);
		const fields = { wa: 'wsignin1.0', wresult, wctx: request.wctx };
		return send(res, 200, autoPostPage(request.wreply, fields, lang, nonce), undefined, {
			'content-security-policy': csp(nonce, [new URL(request.wreply).origin])
		});
	}
	send(res, 404, 'not found', 'text/plain');
}
