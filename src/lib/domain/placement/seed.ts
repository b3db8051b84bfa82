import { sha256 } from '@oslojs/crypto/sha2';
import { decodeHex, encodeHexLowerCase } from '@oslojs/encoding';
import { z } from 'zod';
import { hmacSha256 } from './hmac-sha256';

/**
 * The run's seed (decision 0016): 32 random bytes, written as 64 lower-case hex digits. Its
 * SHA-256 (`seedCommitment`) is published before the run, so nobody (officers included) can
 * pick a seed after seeing what it does; the seed itself is published with the results, and
 * anyone can recompute every lottery number from it.
 */
export const zSeed = z.string().regex(/^[0-9a-f]{64}$/, 'placementEngine.seedFormat');
export type Seed = z.infer<typeof zSeed>;

/** A fresh seed from the platform's cryptographic generator (browser and Node alike). */
export function newSeed(): Seed {
	const bytes = new Uint8Array(32);
	globalThis.crypto.getRandomValues(bytes);
	return encodeHexLowerCase(bytes);
}

/** What is published before the run: SHA-256 of the seed's bytes, hex. */
export function seedCommitment(seed: Seed): string {
	return encodeHexLowerCase(sha256(decodeHex(zSeed.parse(seed))));
}

/** Whether a published seed is the one committed to. */
export function seedMatches(seed: string, commitment: string): boolean {
	return zSeed.safeParse(seed).success && seedCommitment(seed) === commitment;
}

const LOTTERY_BYTES = 6; // 48 bits: an exact integer in a double, below 2^53

/**
 * HMAC-SHA-256(seed, applicant id) cut into two 48-bit numbers: the lottery number (for the
 * `lottery` and `scoreThenLottery` tie-breaks) and the final fallback that makes every key
 * strict. Lower is better. The same seed and id always give the same numbers, in any order.
 */
export function drawFor(seed: Seed, applicantId: string): { lottery: number; fallback: number } {
	return drawer(seed)(applicantId);
}

/** drawFor with the seed's HMAC key prepared once, for drawing a whole run. */
export function drawer(seed: Seed): (applicantId: string) => { lottery: number; fallback: number } {
	const mac = hmacSha256(decodeHex(zSeed.parse(seed)));
	const encoder = new TextEncoder();
	return (applicantId) => {
		const bytes = mac(encoder.encode(applicantId));
		return { lottery: readUint48(bytes, 0), fallback: readUint48(bytes, LOTTERY_BYTES) };
	};
}

function readUint48(bytes: Uint8Array, offset: number): number {
	let value = 0;
	for (let i = 0; i < LOTTERY_BYTES; i += 1) {
		value = value * 256 + (bytes[offset + i] as number);
	}
	return value;
}
