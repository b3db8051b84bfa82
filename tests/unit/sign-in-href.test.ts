import { describe, expect, it } from 'vitest';
import { signInHref } from '../../src/lib/sign-in-href';
import { safeReturnTo } from '../../server/identity/return-to';

// The page's own URL: always of this origin, whatever its path looks like.
const at = (path: string) => signInHref(new URL(`https://kopa.example${path}`));
const returnTo = (href: string) =>
	new URL(href, 'https://kopa.example').searchParams.get('returnTo');

describe('the header’s sign-in link', () => {
	it('comes back to the page the person was on, with its query', () => {
		expect(at('/riga')).toBe('/login?returnTo=%2Friga');
		expect(at('/office/riga?status=submitted&q=B%C4%93rzi%C5%86a')).toBe(
			`/login?returnTo=${encodeURIComponent('/office/riga?status=submitted&q=B%C4%93rzi%C5%86a')}`
		);
		expect(returnTo(at('/riga/advertising-permit/0190?step=2#x'))).toBe(
			'/riga/advertising-permit/0190?step=2'
		);
	});

	it('lets the front page land by role and keeps the sign-in page’s own way back', () => {
		expect(at('/')).toBe('/login');
		expect(at('/login')).toBe('/login');
		expect(at('/login?returnTo=%2Fapplications&error=rate_limited')).toBe(
			'/login?returnTo=%2Fapplications'
		);
	});

	it('never carries a path a browser could read as another site', () => {
		expect(at('//evil.example/x')).toBe('/login');
		expect(at('/%5Cevil.example')).toBe('/login?returnTo=%2F%255Cevil.example');
		for (const path of ['/riga', '/office/riga?q=a b', '/%2F%2Fevil.example', '/a/../b']) {
			const back = returnTo(at(path));
			expect(back === null || safeReturnTo(back) === back).toBe(true);
		}
	});
});
