import { expect, test, type ConsoleMessage } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../server/db/client.server';
import { seedIfEmpty } from '../../../server/db/seed';
import { freePort, startServer, type RunningServer } from '../../support/server-process';
import { signIn, waitForServiceWorker } from '../support/people';

/**
 * The production server's security headers and session cookie, as a browser receives them.
 * A server of its own runs with ORIGIN=https://…, so the app believes it is served over
 * HTTPS (the way it is behind the TLS proxy) while the test talks plain HTTP to loopback.
 */
const root = resolve('.');
const dir = join(root, 'tests', '.tmp', `headers-${process.pid}`);
const SIGN_IN_LIMIT = 4;
let server: RunningServer | null = null;
let local = '';
let appOrigin = '';

test.beforeAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const db = openDatabase(join(dir, 'app.db'));
	seedIfEmpty(db);
	db.$client.close();
	const port = await freePort();
	local = `http://127.0.0.1:${port}`;
	appOrigin = `https://localhost:${port}`;
	server = await startServer({
		repoRoot: root,
		dbPath: join(dir, 'app.db'),
		port,
		origin: appOrigin,
		env: { KOPA_DEMO_LOGIN: '1', KOPA_RATE_SIGN_IN: String(SIGN_IN_LIMIT) }
	});
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Headers, what: string): void {
	const csp = headers.get('content-security-policy') ?? '';
	expect(csp, what).toContain("frame-ancestors 'none'");
	expect(headers.get('strict-transport-security'), what).toMatch(/^max-age=\d{8,}/);
	expect(headers.get('x-content-type-options'), what).toBe('nosniff');
	expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
	const permissions = headers.get('permissions-policy') ?? '';
	for (const feature of ['camera=(self)', 'geolocation=(self)', 'microphone=()', 'payment=()']) {
		expect(permissions, what).toContain(feature);
	}
	expect(headers.get('x-frame-options'), what).toBe('DENY');
	expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
}

/** The page's full policy: scripts only from us or Kit's hashed/nonced boot script. */
function expectFullPolicy(headers: Headers, what: string): void {
	const csp = headers.get('content-security-policy') ?? '';
	const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
	expect(scriptSrc, what).toMatch(/'self'/);
	expect(scriptSrc, what).toMatch(/'(sha256-|nonce-)/);
	expect(scriptSrc, what).not.toContain('unsafe-inline');
	expect(csp, what).toContain("default-src 'self'");
	expect(csp, what).toContain("object-src 'none'");
}

test('every kind of response carries the security headers', async () => {
	const home = await fetch(`${local}/`);
	const shell = await fetch(`${local}/shell`);
	const shellHtml = await shell.text();
	const asset = /\/_app\/immutable\/[^"]+\.js/.exec(shellHtml)?.[0];
	expect(asset).toBeTruthy();
	const responses: [string, Response][] = [
		['the home page (rendered per request)', home],
		['the prerendered shell', shell],
		['a built asset', await fetch(`${local}${asset}`)],
		['the service worker', await fetch(`${local}/service-worker.js`)],
		['a static file', await fetch(`${local}/manifest.webmanifest`)],
		['a tRPC answer', await fetch(`${local}/trpc/identity.me`)]
	];
	for (const [what, response] of responses) {
		expectSecurityHeaders(response.headers, what);
	}
	expect(home.headers.get('content-type')).toContain('text/html');
	expectFullPolicy(home.headers, 'home');
	expectFullPolicy(shell.headers, 'shell');
	// The shell's header policy is the one Kit put into its <meta> (plus frame-ancestors).
	expect(shellHtml).toContain('http-equiv="content-security-policy"');
	expect((await fetch(`${local}${asset}`)).headers.get('cache-control')).toContain('immutable');
});

test('the session cookie is __Host-, Secure, HttpOnly and SameSite=Lax over HTTPS', async () => {
	const signInAs = (origin: string) =>
		fetch(`${local}/login?/signin`, {
			method: 'POST',
			redirect: 'manual',
			// A browser's form post: it asks for HTML, so Kit answers with a redirect.
			headers: {
				origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'personId=demo-citizen-anna'
		});
	const forged = await signInAs('https://evil.example');
	expect(forged.status).toBe(403);
	expect(forged.headers.get('set-cookie')).toBeNull();

	const response = await signInAs(appOrigin);
	expect(response.status).toBe(303);
	expectSecurityHeaders(response.headers, 'the sign-in answer');
	const cookie = response.headers.getSetCookie().find((c) => c.includes('kopa_session'));
	expect(cookie).toMatch(/^__Host-kopa_session=[^;]+/);
	const attributes = (cookie ?? '').split(';').map((a) => a.trim().toLowerCase());
	expect(attributes).toContain('httponly');
	expect(attributes).toContain('secure');
	expect(attributes).toContain('samesite=lax');
	expect(attributes).toContain('path=/');
	expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);

	// The session works for the API, from our own origin.
	const token = /^__Host-kopa_session=([^;]+)/.exec(cookie ?? '')?.[1] ?? '';
	const me = await fetch(`${local}/trpc/identity.me`, {
		headers: { cookie: `__Host-kopa_session=${token}`, 'sec-fetch-site': 'same-origin' }
	});
	expect(JSON.stringify(await me.json())).toContain('demo-citizen-anna');

	// Sign-in is limited per address; the one refused as forged above did not count.
	for (let i = 1; i < SIGN_IN_LIMIT; i++) {
		expect((await signInAs(appOrigin)).status).toBe(303);
	}
	const limited = await signInAs(appOrigin);
	expect(limited.status).toBe(429);
	const retry = Number(limited.headers.get('retry-after'));
	expect(retry).toBeGreaterThan(0);
	expect(await limited.text()).toContain(`url=/login?error=rate_limited&amp;retry=${retry}`);
	expectSecurityHeaders(limited.headers, 'the 429');
});

test('over plain HTTP there is no HSTS and the cookie is neither Secure nor __Host-', async ({
	request
}) => {
	// The suite's own server (ORIGIN http://localhost).
	const page = await request.get('/shell');
	expect(page.headers()['strict-transport-security']).toBeUndefined();
	expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	const response = await request.post('/login?/signin', {
		form: { personId: 'demo-citizen-anna' },
		maxRedirects: 0
	});
	const cookie = response
		.headersArray()
		.find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('kopa_session'));
	expect(cookie?.value).toMatch(/^kopa_session=/);
	expect(cookie?.value.toLowerCase()).not.toContain('secure');
	expect(cookie?.value.toLowerCase()).toContain('httponly');
});

test('the app boots, signs in and runs its service worker under the policy, with no violation', async ({
	page
}) => {
	const violations: string[] = [];
	const onConsole = (message: ConsoleMessage) => {
		const text = message.text();
		if (/Content Security Policy|Refused to|Permissions-Policy|Permissions policy/i.test(text)) {
			violations.push(text);
		}
	};
	page.on('console', onConsole);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`
			);
		});
	});
	await signIn(page, 'demo-citizen-anna');
	await waitForServiceWorker(page);
	await page.goto('/applications');
	await page.goto('/riga');
	await expect(page.locator('h1')).toBeVisible();
	// Style attributes (app.html's wrapper) still apply.
	const display = await page.evaluate(
		() => getComputedStyle(document.body.firstElementChild as Element).display
	);
	expect(display).toBe('contents');
	expect(violations).toEqual([]);
});
