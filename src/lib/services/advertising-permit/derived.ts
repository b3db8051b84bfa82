import { formatLks92, isInLatviaExtent, toLks92, type Lks92Point } from '../../domain/lks92';
import type { Answers } from '../types';
import { F, readPoint } from './rules';

/**
 * The marked place in LKS-92 / Latvia TM as well as WGS84. The answer stores WGS84 only (the
 * map speaks it); the grid coordinates are derived wherever they are shown or written into
 * a decision, because municipal plans, the cadastre and the heritage register use LKS-92.
 * Null when no point is marked or it lies outside the grid's area of use (Latvia).
 */
export function permitLocation(
	answers: Answers
): { lat: number; lon: number; lks92: Lks92Point; lks92Text: string } | null {
	const point = readPoint(answers[F.point]);
	if (!point || !isInLatviaExtent(point)) {
		return null;
	}
	const lks92 = toLks92(point);
	return { ...point, lks92, lks92Text: formatLks92(lks92) };
}

// Kept here too for its callers; the definition imports it from ./prefill so that loading the
// service does not load proj4 (through lks92) on every page.
export { companyPrefill } from './prefill';
