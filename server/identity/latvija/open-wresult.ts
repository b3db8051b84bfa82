import { XMLSerializer, type Element } from '@xmldom/xmldom';
import xmlenc from 'xml-encryption';
import type { LatvijaConfig } from './config';
import { verifyAssertionXml, type VerifyResult } from './verify-assertion';
import { childrenNamed, elementsNamed, NS, parseUntrustedXml, XmlRefused } from './xml';

/**
 * Opens the provider's answer: when the token inside is encrypted (an xenc:EncryptedData in
 * RequestedSecurityToken), decrypts it with the configured key, then verifies the assertion.
 * Decryption only hides the claims in transit; the signature inside is still what is trusted.
 */
export async function openWresult(
	wresult: string,
	config: Pick<LatvijaConfig, 'realm' | 'issuer' | 'certPem' | 'decryptionKeyPem'>,
	now: number
): Promise<VerifyResult> {
	let encrypted: ReturnType<typeof encryptedToken>;
	try {
		encrypted = encryptedToken(wresult);
	} catch (e) {
		if (e instanceof XmlRefused) {
			return { ok: false, reason: e.reason };
		}
		throw e;
	}
	if (encrypted === null) {
		return verifyAssertionXml(wresult, config, now);
	}
	if (!config.decryptionKeyPem) {
		return { ok: false, reason: 'encrypted' };
	}
	if (!encrypted.algorithmsAllowed) {
		return { ok: false, reason: 'encryption_algorithm' };
	}
	const key = config.decryptionKeyPem;
	const plain = await new Promise<string | null>((resolve) => {
		xmlenc.decrypt(
			encrypted.xml,
			{ key, disallowDecryptionWithInsecureAlgorithm: true, warnInsecureAlgorithm: false },
			(err, result) => resolve(err || !result ? null : result)
		);
	});
	return plain === null
		? { ok: false, reason: 'decryption' }
		: verifyAssertionXml(plain, config, now);
}

/**
 * Content encryption that authenticates what it decrypts (AES-GCM) and RSA-OAEP key transport.
 * AES-CBC (WIF's and ADFS's default) is malleable: an attacker who can send ciphertexts and
 * tell failures apart can decrypt them (the 2011 XML Encryption padding-oracle attack), so it
 * is refused, and said so in the audit log apart from a decryption that failed.
 */
const CONTENT_ALGORITHMS = new Set([
	'http://www.w3.org/2009/xmlenc11#aes128-gcm',
	'http://www.w3.org/2009/xmlenc11#aes256-gcm'
]);
const KEY_ALGORITHMS = new Set([
	'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
	'http://www.w3.org/2009/xmlenc11#rsa-oaep'
]);

function algorithmsAllowed(encryptedData: Element): boolean {
	const content = childrenNamed(encryptedData, NS.xenc, 'EncryptionMethod')[0];
	if (!CONTENT_ALGORITHMS.has(content?.getAttribute('Algorithm') ?? '')) {
		return false;
	}
	return elementsNamed(encryptedData, NS.xenc, 'EncryptedKey').every((key) =>
		KEY_ALGORITHMS.has(
			childrenNamed(key, NS.xenc, 'EncryptionMethod')[0]?.getAttribute('Algorithm') ?? ''
		)
	);
}

/** The one EncryptedData element as text, or null when the answer is not encrypted. */
function encryptedToken(wresult: string): { xml: string; algorithmsAllowed: boolean } | null {
	const doc = parseUntrustedXml(wresult);
	const found = elementsNamed(doc, NS.xenc, 'EncryptedData');
	if (found.length === 0) {
		return null;
	}
	// An encrypted token beside a plain assertion, or two of them, is a wrapping attempt.
	if (found.length > 1 || elementsNamed(doc, NS.saml, 'Assertion').length > 0) {
		throw new XmlRefused('malformed');
	}
	const token = found[0] as Element;
	return {
		xml: new XMLSerializer().serializeToString(token),
		algorithmsAllowed: algorithmsAllowed(token)
	};
}
