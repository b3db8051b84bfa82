import { describe, expect, it } from 'vitest';
import {
	currentPlatform,
	platformFromUserAgent,
	routeLink
} from '../../../src/lib/domain/geo/route';

const site = { lat: 56.951508, lon: 24.113298 };

describe('routeLink', () => {
	it('gives Android a geo: URI (RFC 5870) with a pin query', () => {
		expect(routeLink(site, 'android')).toBe('geo:56.951508,24.113298?q=56.951508,24.113298');
	});

	it('names the pin on Android, encoded, without parentheses that would end the label', () => {
		expect(routeLink(site, 'android', 'Reklāma (Brīvības 1)')).toBe(
			'geo:56.951508,24.113298?q=56.951508,24.113298(Rekl%C4%81ma%20%20Br%C4%ABv%C4%ABbas%201)'
		);
	});

	it('gives iOS an Apple Maps directions link', () => {
		expect(routeLink(site, 'ios')).toBe('https://maps.apple.com/?daddr=56.951508,24.113298');
	});

	it('gives anything else the cross-platform Google Maps directions URL', () => {
		const url = new URL(routeLink(site, 'other') ?? '');
		expect(url.origin + url.pathname).toBe('https://www.google.com/maps/dir/');
		expect(url.searchParams.get('api')).toBe('1');
		expect(url.searchParams.get('destination')).toBe('56.951508,24.113298');
	});

	it('prints six decimals, never exponent notation or a negative zero', () => {
		expect(routeLink({ lat: -0.0000001, lon: -73.9857 }, 'ios')).toBe(
			'https://maps.apple.com/?daddr=0.000000,-73.985700'
		);
	});

	it('gives no link for a point that is not a valid WGS84 point', () => {
		expect(routeLink({ lat: 91, lon: 24 }, 'android')).toBeNull();
		expect(routeLink({ lat: Number.NaN, lon: 24 }, 'ios')).toBeNull();
	});

	it('defaults to the current platform (no navigator here → the https fallback)', () => {
		expect(currentPlatform()).toBe('other');
		expect(routeLink(site)).toMatch(/^https:\/\/www\.google\.com\/maps\/dir\//);
	});
});

describe('platformFromUserAgent', () => {
	it.each([
		[
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
			0,
			'android'
		],
		[
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
			5,
			'ios'
		],
		// iPadOS presents itself as a Mac; the touch points give it away.
		[
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
			5,
			'ios'
		],
		[
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
			0,
			'other'
		],
		[
			'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
			0,
			'other'
		]
	] as const)('%s → %s', (ua, touch, expected) => {
		expect(platformFromUserAgent(ua, touch)).toBe(expected);
	});
});
