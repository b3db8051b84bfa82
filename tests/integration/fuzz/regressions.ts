import type { Payload } from './arbitraries';
import type { Transport } from './requests';

/**
 * Requests the fuzz once found answered with a 5xx or a malformed body, replayed on every
 * run. When fast-check reports a counterexample, copy its values here (the seed alone stops
 * reproducing it once procedures or arbitraries change), then fix the server.
 */
export type Regression = {
	path: string;
	who: 'citizen' | 'officer';
	payload: Payload;
	transport: Transport;
	/** What went wrong, and the commit that fixed it. */
	note: string;
};

export const FUZZ_REGRESSIONS: Regression[] = [];
