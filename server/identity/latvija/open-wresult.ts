import { XMLSerializer } from '@xmldom/xmldom';
import xmlenc from 'xml-encryption';
import type { LatvijaConfig } from './config';
import { verifyAssertionXml, type VerifyResult } from './verify-assertion';
import { elementsNamed, NS, parseUntrustedXml, XmlRefused } from './xml';

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
	let encrypted: string | null;
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
	const key = config.decryptionKeyPem;
	const plain = await new Promise<string | null>((resolve) => {
		xmlenc.decrypt(
			encrypted,
			{ key, disallowDecryptionWithInsecureAlgorithm: true, warnInsecureAlgorithm: false },
			(err, result) => resolve(err || !result ? null : result)
		);
	});
	return plain === null
		? { ok: false, reason: 'encrypted' }
		: verifyAssertionXml(plain, config, now);
}

/** The one EncryptedData element as text, or null when the answer is not encrypted. */
function encryptedToken(wresult: string): string | null {
	const doc = parseUntrustedXml(wresult);
	const found = elementsNamed(doc, NS.xenc, 'EncryptedData');
	if (found.length === 0) {
		return null;
	}
	// An encrypted token beside a plain assertion, or two of them, is a wrapping attempt.
	if (found.length > 1 || elementsNamed(doc, NS.saml, 'Assertion').length > 0) {
		throw new XmlRefused('malformed');
	}
	return new XMLSerializer().serializeToString(found[0] as NonNullable<(typeof found)[0]>);
}
