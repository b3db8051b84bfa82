import type { DateLang as Lang } from '../date-format';
import { formatLks92, isInLatviaExtent, toLks92, type Wgs84Point } from '../lks92';

/**
 * A point as the inspection pages show it (the caller passes the language it shows; the
 * domain reads no store): "Coordinates shown in LKS-92 (EPSG:3059) and
 * WGS84" (issue 7).
 */
export type FormattedCoordinates = {
	/** "56.951508° N, 24.113298° E" / "56,951508° Z; 24,113298° A" (degrees, 6 decimals). */
	wgs84: string;
	/** "X 312345,67; Y 506789,01" as on Latvian survey plans, or null outside Latvia. */
	lks92: string | null;
	/** "56.951508,24.113298": what a maps app or a search box accepts when pasted. */
	plain: string;
};

const HEMISPHERES: Record<Lang, { n: string; s: string; e: string; w: string }> = {
	// Latvian: ziemeļu / dienvidu platums, austrumu / rietumu garums.
	lv: { n: 'Z', s: 'D', e: 'A', w: 'R' },
	en: { n: 'N', s: 'S', e: 'E', w: 'W' }
};

export function formatCoordinates(point: Wgs84Point, lang: Lang): FormattedCoordinates {
	const h = HEMISPHERES[lang];
	const lat = degrees(point.lat, h.n, h.s, lang);
	const lon = degrees(point.lon, h.e, h.w, lang);
	return {
		// Latvian writes a decimal comma, so the two values are parted by a semicolon there.
		wgs84: lang === 'lv' ? `${lat}; ${lon}` : `${lat}, ${lon}`,
		// The TM grid is only defined (and only meaningful) over EPSG:3059's area of use.
		lks92: isInLatviaExtent(point) ? formatLks92(toLks92(point)) : null,
		plain: `${sixDecimals(point.lat)},${sixDecimals(point.lon)}`
	};
}

/**
 * Six decimals (≈ 0.1 m on the ground), never exponent notation, which no maps app parses,
 * and never "-0.000000" for a value that only rounds to zero.
 */
export function sixDecimals(value: number): string {
	const text = value.toFixed(6);
	return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

function degrees(value: number, positive: string, negative: string, lang: Lang): string {
	const text = Math.abs(value).toFixed(6);
	// The hemisphere of what is printed: −0.0000001 prints as 0.000000, which is N / E.
	const letter = value < 0 && Number(text) !== 0 ? negative : positive;
	return `${lang === 'lv' ? text.replace('.', ',') : text}° ${letter}`;
}
