import { sixDecimals } from './format';
import { zWgs84Point } from './position';
import type { Wgs84Point } from '../lks92';

/**
 * "Route: a link that opens the device's maps app" (issue 7). The app cannot know which maps
 * app is installed, so it picks by platform:
 * - Android: a geo: URI (RFC 5870). Every maps app registers for it (Google Maps, OsmAnd,
 *   Organic Maps…) and Android asks which to use. The `?q=lat,lon(label)` query is Android's
 *   documented extension ("Reference of available intents"): without it Google Maps only
 *   centres the map, with it a pin is dropped that the inspector can route to.
 * - iOS / iPadOS: https://maps.apple.com/?daddr=lat,lon (Apple "Map Links"), which Safari
 *   hands to Apple Maps, opened on directions to that point.
 * - Anything else (a desktop, an unknown browser): a Google Maps URL
 *   (https://www.google.com/maps/dir/?api=1&destination=lat,lon, "Maps URLs"), documented as
 *   the one syntax that works on every platform, opening the app where installed.
 */
export type MapsPlatform = 'android' | 'ios' | 'other';

/**
 * The link for a point, or null when the point is not a valid WGS84 point (the UI then shows
 * no route link rather than one to a wrong place). `label` names the pin on Android.
 */
export function routeLink(
	point: Wgs84Point,
	platform: MapsPlatform = currentPlatform(),
	label?: string
): string | null {
	const parsed = zWgs84Point.safeParse(point);
	if (!parsed.success) {
		return null;
	}
	const latLon = `${sixDecimals(parsed.data.lat)},${sixDecimals(parsed.data.lon)}`;
	switch (platform) {
		case 'android': {
			// Parentheses close the label in Android's syntax, so they cannot be inside it.
			const name = label?.replace(/[()]/g, ' ').trim();
			const pin = name ? `${latLon}(${encodeURIComponent(name)})` : latLon;
			return `geo:${latLon}?q=${pin}`;
		}
		case 'ios':
			return `https://maps.apple.com/?daddr=${latLon}`;
		case 'other':
			return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(latLon)}`;
	}
}

/**
 * The platform from a user agent. iPadOS 13+ says "Macintosh" like a Mac by default; its
 * touch screen (maxTouchPoints > 1) is what tells it apart.
 */
export function platformFromUserAgent(userAgent: string, maxTouchPoints = 0): MapsPlatform {
	if (/android/i.test(userAgent)) {
		return 'android';
	}
	if (/iphone|ipad|ipod/i.test(userAgent)) {
		return 'ios';
	}
	if (/macintosh/i.test(userAgent) && maxTouchPoints > 1) {
		return 'ios';
	}
	return 'other';
}

/** This browser's platform; 'other' where there is no navigator (the server, tests). */
export function currentPlatform(): MapsPlatform {
	if (typeof navigator === 'undefined') {
		return 'other';
	}
	return platformFromUserAgent(navigator.userAgent, navigator.maxTouchPoints ?? 0);
}
