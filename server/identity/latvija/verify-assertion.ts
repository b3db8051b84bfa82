import type { Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import type { LatvijaConfig } from './config';
import { childrenNamed, elementsNamed, NS, parseUntrustedXml, textOf, XmlRefused } from './xml';

/**
 * Checks a WS-Federation `wresult` (a RequestSecurityTokenResponse holding one SAML 1.1
 * assertion) and returns the claims, read only from the bytes the signature covers.
 *
 * Against signature wrapping: the document must hold exactly one assertion and exactly one
 * signature, that signature must be a child of the assertion with a single reference to the
 * assertion's own AssertionID, and the claims are then read from xml-crypto's
 * `getSignedReferences()` (the canonical XML that was digested), never from the tree we were
 * handed. The key is the configured certificate only: KeyInfo in the message is ignored, as
 * anyone can put their own certificate there.
 */

export const CLOCK_SKEW_MS = 2 * 60 * 1000;
export const CLAIMS_NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

export type AssertionRefusal =
	| 'too_large'
	| 'dtd'
	| 'malformed'
	| 'no_assertion'
	| 'wrapping'
	| 'unsigned'
	| 'signature'
	| 'version'
	| 'issuer'
	| 'audience'
	| 'not_yet_valid'
	| 'expired'
	| 'claims'
	| 'encrypted';

export type VerifiedAssertion = {
	id: string;
	issuer: string;
	notOnOrAfter: number;
	identifier: string;
	givenName: string;
	surname: string;
};

export type VerifyResult =
	{ ok: true; assertion: VerifiedAssertion } | { ok: false; reason: AssertionRefusal };

type VerifyConfig = Pick<LatvijaConfig, 'realm' | 'issuer' | 'certPem'>;

const RSA_SIGNATURES = new Set([
	'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
	'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512'
]);
const ALLOWED_TRANSFORMS = new Set([
	'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
	'http://www.w3.org/2001/10/xml-exc-c14n#'
]);
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

class Refused extends Error {
	constructor(readonly reason: AssertionRefusal) {
		super(reason);
	}
}

function refuse(reason: AssertionRefusal): never {
	throw new Refused(reason);
}

export function verifyAssertionXml(xml: string, config: VerifyConfig, now: number): VerifyResult {
	try {
		const signedXml = checkSignature(xml, config.certPem);
		return { ok: true, assertion: readClaims(signedXml, config, now) };
	} catch (e) {
		if (e instanceof Refused || e instanceof XmlRefused) {
			return { ok: false, reason: e.reason };
		}
		throw e;
	}
}

/** Checks the structure and the signature; returns the signed assertion's canonical XML. */
function checkSignature(xml: string, certPem: string): string {
	const doc = parseUntrustedXml(xml);
	const assertions = elementsNamed(doc, NS.saml, 'Assertion');
	if (assertions.length === 0) {
		refuse('no_assertion');
	}
	if (assertions.length > 1) {
		refuse('wrapping');
	}
	const assertion = assertions[0] as Element;
	const id = assertion.getAttribute('AssertionID') ?? '';
	if (!ID_PATTERN.test(id)) {
		refuse('malformed');
	}
	const signatures = elementsNamed(doc, NS.ds, 'Signature');
	if (signatures.length === 0) {
		refuse('unsigned');
	}
	const signature = signatures[0] as Element;
	if (signatures.length > 1 || signature.parentNode !== assertion) {
		refuse('wrapping');
	}
	checkSignedInfo(signature, id);

	const verifier = new SignedXml({
		publicCert: certPem,
		getCertFromKeyInfo: () => null,
		idAttribute: 'AssertionID'
	});
	let valid = false;
	try {
		// xmldom's Node type differs between the copy xml-crypto bundles and ours; the node is
		// one of ours, which xml-crypto reads only through the DOM interface both implement.
		verifier.loadSignature(signature as unknown as Node);
		valid = verifier.checkSignature(xml);
	} catch {
		valid = false;
	}
	if (!valid) {
		refuse('signature');
	}
	const signed = verifier.getSignedReferences();
	if (signed.length !== 1 || !signed[0]) {
		refuse('wrapping');
	}
	return signed[0];
}

function checkSignedInfo(signature: Element, assertionId: string): void {
	const signedInfo = childrenNamed(signature, NS.ds, 'SignedInfo')[0];
	if (!signedInfo) {
		refuse('malformed');
	}
	const method = childrenNamed(signedInfo, NS.ds, 'SignatureMethod')[0];
	if (!RSA_SIGNATURES.has(method?.getAttribute('Algorithm') ?? '')) {
		refuse('signature');
	}
	const references = childrenNamed(signedInfo, NS.ds, 'Reference');
	if (references.length !== 1 || references[0]?.getAttribute('URI') !== `#${assertionId}`) {
		refuse('wrapping');
	}
	for (const transform of elementsNamed(references[0], NS.ds, 'Transform')) {
		if (!ALLOWED_TRANSFORMS.has(transform.getAttribute('Algorithm') ?? '')) {
			refuse('signature');
		}
	}
}

function readClaims(signedXml: string, config: VerifyConfig, now: number): VerifiedAssertion {
	const assertion = parseUntrustedXml(signedXml).documentElement;
	if (!assertion || assertion.namespaceURI !== NS.saml || assertion.localName !== 'Assertion') {
		refuse('wrapping');
	}
	if (
		assertion.getAttribute('MajorVersion') !== '1' ||
		assertion.getAttribute('MinorVersion') !== '1'
	) {
		refuse('version');
	}
	const issuer = assertion.getAttribute('Issuer') ?? '';
	if (issuer !== config.issuer) {
		refuse('issuer');
	}
	const notOnOrAfter = checkConditions(assertion, config.realm, now);
	const claims = readAttributes(assertion);
	const identifier = claims.get('privatepersonalidentifier');
	const givenName = claims.get('givenname');
	const surname = claims.get('surname');
	if (!identifier || !givenName || !surname || givenName.length > 200 || surname.length > 200) {
		refuse('claims');
	}
	return {
		id: assertion.getAttribute('AssertionID') ?? '',
		issuer,
		notOnOrAfter,
		identifier,
		givenName,
		surname
	};
}

function timeOf(value: string | null): number {
	if (!value || !DATE_TIME.test(value)) {
		refuse('malformed');
	}
	return Date.parse(value);
}

/** The validity window (with clock skew) and the audience; returns the end of validity. */
function checkConditions(assertion: Element, realm: string, now: number): number {
	const conditions = childrenNamed(assertion, NS.saml, 'Conditions');
	if (conditions.length !== 1 || !conditions[0]) {
		refuse('malformed');
	}
	const c = conditions[0];
	const notBefore = timeOf(c.getAttribute('NotBefore'));
	const notOnOrAfter = timeOf(c.getAttribute('NotOnOrAfter'));
	if (now + CLOCK_SKEW_MS < notBefore) {
		refuse('not_yet_valid');
	}
	if (now - CLOCK_SKEW_MS >= notOnOrAfter) {
		refuse('expired');
	}
	// SAML 1.1: every AudienceRestrictionCondition must be met, and there must be one.
	const restrictions = childrenNamed(c, NS.saml, 'AudienceRestrictionCondition');
	if (restrictions.length === 0) {
		refuse('audience');
	}
	for (const restriction of restrictions) {
		const audiences = childrenNamed(restriction, NS.saml, 'Audience').map((a) => textOf(a));
		if (!audiences.includes(realm)) {
			refuse('audience');
		}
	}
	return notOnOrAfter;
}

/** The identity claims, each of which must come exactly once with one value. */
function readAttributes(assertion: Element): Map<string, string> {
	const claims = new Map<string, string>();
	const seen = new Set<string>();
	for (const statement of childrenNamed(assertion, NS.saml, 'AttributeStatement')) {
		for (const attribute of childrenNamed(statement, NS.saml, 'Attribute')) {
			if (attribute.getAttribute('AttributeNamespace') !== CLAIMS_NS) {
				continue;
			}
			const name = attribute.getAttribute('AttributeName') ?? '';
			const values = childrenNamed(attribute, NS.saml, 'AttributeValue');
			if (seen.has(name) || values.length !== 1) {
				refuse('claims');
			}
			seen.add(name);
			claims.set(name, textOf(values[0]));
		}
	}
	return claims;
}
