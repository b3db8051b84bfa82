import { beforeAll, describe, expect, it } from 'vitest';
import xmlenc from 'xml-encryption';
import {
	buildAssertion,
	issueWresult,
	signAssertion,
	wrapInResponse,
	type AssertionInput
} from '../../server/idp-standin/assertion';
import type { KeyPair } from '../../server/idp-standin/keys';
import type { LatvijaConfig } from '../../server/identity/latvija/config';
import { openWresult } from '../../server/identity/latvija/open-wresult';
import { verifyAssertionXml } from '../../server/identity/latvija/verify-assertion';
import { MAX_WRESULT_CHARS } from '../../server/identity/latvija/xml';
import { TEST_ISSUER, TEST_REALM, testConfig, testKeys } from '../support/latvija-keys';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const MINUTE = 60_000;

let trusted: KeyPair;
let attacker: KeyPair;
let config: LatvijaConfig;

beforeAll(async () => {
	({ trusted, attacker } = await testKeys());
	config = testConfig(trusted);
}, 60_000);

function input(patch: Partial<AssertionInput> = {}): AssertionInput {
	return {
		issuer: TEST_ISSUER,
		audience: TEST_REALM,
		identifier: 'PK:15038512346',
		givenName: 'Anna',
		surname: 'Bērziņa',
		now: T0,
		...patch
	};
}

const signedBy = (keys: KeyPair, patch: Partial<AssertionInput> = {}) =>
	issueWresult(input(patch), keys.keyPem, keys.certPem);

/** Takes the assertion out of an answer, drops its signature and signs what is left anew. */
function resign(wresult: string): string {
	const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(wresult)?.[0] ?? '';
	const unsigned = assertion.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '');
	const signed = signAssertion(unsigned, trusted.keyPem, trusted.certPem);
	return wrapInResponse(signed, TEST_REALM, T0, T0 + 5 * MINUTE);
}

function reasonOf(wresult: string, now = T0 + MINUTE): string {
	const result = verifyAssertionXml(wresult, config, now);
	return result.ok ? 'accepted' : result.reason;
}

describe('verifyAssertionXml', () => {
	it('accepts an assertion signed by the configured certificate and reads its claims', () => {
		const result = verifyAssertionXml(signedBy(trusted), config, T0 + MINUTE);
		expect(result).toMatchObject({
			ok: true,
			assertion: {
				issuer: TEST_ISSUER,
				identifier: 'PK:15038512346',
				givenName: 'Anna',
				surname: 'Bērziņa',
				notOnOrAfter: T0 + 5 * MINUTE
			}
		});
	});

	it('refuses a signature by another key, even with that key certificate in KeyInfo', () => {
		// The attacker's certificate travels in KeyInfo: trusting it would accept anything.
		const forged = signedBy(attacker);
		expect(forged).toContain('<ds:X509Certificate>');
		expect(reasonOf(forged)).toBe('signature');
	});

	it('refuses a claim changed after signing', () => {
		const tampered = signedBy(trusted).replace(
			'<saml:AttributeValue>Anna</saml:AttributeValue>',
			'<saml:AttributeValue>Mallory</saml:AttributeValue>'
		);
		expect(tampered).toContain('Mallory');
		expect(reasonOf(tampered)).toBe('signature');
	});

	it('refuses an identifier changed after signing', () => {
		const tampered = signedBy(trusted).replaceAll('PK:15038512346', 'PK:02079012345');
		expect(reasonOf(tampered)).toBe('signature');
	});

	it('honours the validity window with two minutes of clock skew', () => {
		const wresult = signedBy(trusted);
		expect(reasonOf(wresult, T0 + 6 * MINUTE)).toBe('accepted');
		expect(reasonOf(wresult, T0 + 7 * MINUTE)).toBe('expired');
		expect(reasonOf(wresult, T0 - MINUTE)).toBe('accepted');
		expect(reasonOf(wresult, T0 - 3 * MINUTE)).toBe('not_yet_valid');
	});

	it('refuses another audience and another issuer', () => {
		expect(reasonOf(signedBy(trusted, { audience: 'urn:other-service' }))).toBe('audience');
		expect(reasonOf(signedBy(trusted, { issuer: 'urn:other-idp' }))).toBe('issuer');
	});

	it('refuses an unsigned assertion', () => {
		const unsigned = wrapInResponse(buildAssertion(input()), TEST_REALM, T0, T0 + 5 * MINUTE);
		expect(reasonOf(unsigned)).toBe('unsigned');
	});

	it('refuses a second, unsigned assertion next to the signed one (signature wrapping)', () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem);
		const evil = buildAssertion(input({ identifier: 'PK:02079012345', givenName: 'Jānis' }));
		for (const token of [evil + signed, signed + evil]) {
			expect(reasonOf(wrapInResponse(token, TEST_REALM, T0, T0 + 5 * MINUTE))).toBe('wrapping');
		}
	});

	it('refuses a signed assertion hidden inside an unsigned one (signature wrapping)', () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem);
		const evil = buildAssertion(input({ identifier: 'PK:02079012345' })).replace(
			'</saml:Assertion>',
			`<saml:Advice>${signed}</saml:Advice></saml:Assertion>`
		);
		expect(reasonOf(wrapInResponse(evil, TEST_REALM, T0, T0 + 5 * MINUTE))).toBe('wrapping');
	});

	it('refuses a signature moved out of the assertion it signs', () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem);
		const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)?.[0] ?? '';
		const moved = signed.replace(signature, '') + signature;
		expect(reasonOf(wrapInResponse(moved, TEST_REALM, T0, T0 + 5 * MINUTE))).toBe('wrapping');
	});

	it('refuses oversized, malformed and DTD-bearing input before reading it', () => {
		expect(reasonOf('<a>' + 'x'.repeat(MAX_WRESULT_CHARS) + '</a>')).toBe('too_large');
		expect(reasonOf('<t:RequestSecurityTokenResponse><unclosed>')).toBe('malformed');
		expect(reasonOf('not xml at all')).toBe('malformed');
		const xxe =
			'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
		expect(reasonOf(xxe)).toBe('dtd');
		const laughs = `<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><l>&b;</l>`;
		expect(reasonOf(laughs)).toBe('dtd');
		expect(reasonOf(signedBy(trusted).replace('<t:Request', '<!DOCTYPE x><t:Request'))).toBe('dtd');
	});

	it('refuses an answer with no assertion', () => {
		expect(reasonOf('<t:RequestSecurityTokenResponse xmlns:t="urn:x"/>')).toBe('no_assertion');
	});
});

describe('answers shaped as Latvija.lv sends them (omniauth-latvija fixtures)', () => {
	const latvija = (patch: Partial<AssertionInput> = {}) =>
		signedBy(trusted, {
			identifier: 'PK:32345678901',
			givenName: 'Ods',
			surname: 'Knislis',
			latvijaShape: {},
			...patch
		});

	it('reads the bare code from the claim and the VISS identifier from NameIdentifier (21)', () => {
		const wresult = latvija();
		expect(wresult).toContain('<saml:AttributeValue>32345678901</saml:AttributeValue>');
		expect(wresult).toContain('Format="urn:ivis:100001:name.id-viss">PK:32345678901<');
		const result = verifyAssertionXml(wresult, config, T0 + MINUTE);
		expect(result).toMatchObject({
			ok: true,
			assertion: {
				identifier: '32345678901',
				nameIdentifier: 'PK:32345678901',
				earlierIdentifiers: [],
				givenName: 'Ods'
			}
		});
	});

	it('takes the code marked by OriginalIssuer as current and keeps the earlier ones (22)', () => {
		const wresult = latvija({ latvijaShape: { earlierCodes: ['15038512346', '12345678901'] } });
		const result = verifyAssertionXml(wresult, config, T0 + MINUTE);
		expect(result).toMatchObject({
			ok: true,
			assertion: {
				identifier: '32345678901',
				earlierIdentifiers: ['15038512346', '12345678901']
			}
		});
	});

	it('still refuses repeated names, and repeated codes none of which is marked current', () => {
		const twiceNamed = latvija().replace(
			'<saml:Attribute AttributeName="surname"',
			'<saml:Attribute AttributeName="givenname" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>X</saml:AttributeValue></saml:Attribute><saml:Attribute AttributeName="surname"'
		);
		expect(reasonOf(resign(twiceNamed))).toBe('claims');
		const plain = signedBy(trusted).replace(
			/(<saml:Attribute AttributeName="privatepersonalidentifier"[\s\S]*?<\/saml:Attribute>)/,
			'$1$1'
		);
		expect(reasonOf(resign(plain))).toBe('claims');
	});

	it('refuses an RSA-SHA256 signature over a SHA-1 digest (24)', () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem, {
			digestAlgorithm: 'http://www.w3.org/2000/09/xmldsig#sha1'
		});
		expect(signed).toContain('xmldsig#sha1');
		expect(reasonOf(wrapInResponse(signed, TEST_REALM, T0, T0 + 5 * MINUTE))).toBe('signature');
	});
});

describe('openWresult with an encrypted token', () => {
	const encrypt = (
		xml: string,
		keys: KeyPair,
		encryptionAlgorithm = 'http://www.w3.org/2009/xmlenc11#aes256-gcm'
	) =>
		new Promise<string>((resolve, reject) => {
			xmlenc.encrypt(
				xml,
				{
					rsa_pub: keys.certPem,
					pem: keys.certPem,
					encryptionAlgorithm,
					keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
					disallowEncryptionWithInsecureAlgorithm: false,
					warnInsecureAlgorithm: false
				},
				(err, result) => (err || !result ? reject(err ?? new Error('no result')) : resolve(result))
			);
		});

	it('decrypts with the configured key, then verifies the signature inside', async () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem);
		const wresult = wrapInResponse(await encrypt(signed, trusted), TEST_REALM, T0, T0 + 5 * MINUTE);
		const withKey = await openWresult(wresult, testConfig(trusted, trusted.keyPem), T0 + MINUTE);
		expect(withKey).toMatchObject({ ok: true, assertion: { givenName: 'Anna' } });
		const withoutKey = await openWresult(wresult, config, T0 + MINUTE);
		expect(withoutKey).toEqual({ ok: false, reason: 'encrypted' });
	});

	it('still refuses an encrypted assertion signed by another key', async () => {
		const forged = signAssertion(buildAssertion(input()), attacker.keyPem, attacker.certPem);
		const wresult = wrapInResponse(await encrypt(forged, trusted), TEST_REALM, T0, T0 + 5 * MINUTE);
		const result = await openWresult(wresult, testConfig(trusted, trusted.keyPem), T0 + MINUTE);
		expect(result).toEqual({ ok: false, reason: 'signature' });
	});

	it('tells a refused algorithm (AES-CBC, the WIF default) from a failed decryption (23)', async () => {
		const signed = signAssertion(buildAssertion(input()), trusted.keyPem, trusted.certPem);
		const withKey = testConfig(trusted, trusted.keyPem);
		const cbc = wrapInResponse(
			await encrypt(signed, trusted, 'http://www.w3.org/2001/04/xmlenc#aes256-cbc'),
			TEST_REALM,
			T0,
			T0 + 5 * MINUTE
		);
		expect(await openWresult(cbc, withKey, T0 + MINUTE)).toEqual({
			ok: false,
			reason: 'encryption_algorithm'
		});
		// Encrypted for another key: the algorithm is fine, the decryption is not.
		const elsewhere = wrapInResponse(
			await encrypt(signed, attacker),
			TEST_REALM,
			T0,
			T0 + 5 * MINUTE
		);
		expect(await openWresult(elsewhere, withKey, T0 + MINUTE)).toEqual({
			ok: false,
			reason: 'decryption'
		});
	});
});
