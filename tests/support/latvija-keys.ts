import { generate } from 'selfsigned';
import type { KeyPair } from '../../server/idp-standin/keys';
import type { LatvijaConfig } from '../../server/identity/latvija/config';

/** Two key pairs for the tests: the provider Kopa trusts, and an attacker's. */
export async function testKeys(): Promise<{ trusted: KeyPair; attacker: KeyPair }> {
	const make = async (cn: string) => {
		const pems = await generate([{ name: 'commonName', value: cn }], {
			keySize: 2048,
			algorithm: 'sha256'
		});
		return { keyPem: pems.private, certPem: pems.cert };
	};
	const [trusted, attacker] = await Promise.all([make('trusted idp'), make('attacker')]);
	return { trusted, attacker };
}

export const TEST_REALM = 'urn:kopa:test-realm';
export const TEST_ISSUER = 'urn:kopa:test-idp';

export function testConfig(
	trusted: KeyPair,
	decryptionKeyPem: string | null = null
): LatvijaConfig {
	return {
		idpUrl: 'http://127.0.0.1:1/wsfed',
		realm: TEST_REALM,
		replyUrl: 'http://localhost:4173/auth/latvija/return',
		issuer: TEST_ISSUER,
		certPem: trusted.certPem,
		decryptionKeyPem
	};
}
