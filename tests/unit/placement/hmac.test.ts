import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../../../src/lib/domain/placement/hmac-sha256';

describe('the prepared-key HMAC-SHA-256', () => {
	it('equals the general implementation byte for byte (keys up to a block, any message)', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 0, maxLength: 64 }),
				fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 4 }),
				(key, messages) => {
					const mac = hmacSha256(key);
					for (const message of messages) {
						expect(mac(message)).toEqual(hmac(SHA256, key, message));
					}
				}
			),
			{ numRuns: 300, seed: 256 }
		);
	});

	it('matches RFC 4231 test case 2', () => {
		const mac = hmacSha256(new TextEncoder().encode('Jefe'));
		const out = mac(new TextEncoder().encode('what do ya want for nothing?'));
		expect(Buffer.from(out).toString('hex')).toBe(
			'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
		);
	});
});
