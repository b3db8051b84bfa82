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
	// Encrypted, and no decryption key is configured.
	| 'encrypted'
	// Encrypted with an algorithm Kopa refuses (AES-CBC, RSA 1.5).
	| 'encryption_algorithm'
	// Encrypted with an accepted algorithm, but it did not decrypt with Kopa's key.
	| 'decryption';

export type VerifiedAssertion = {
	id: string;
	issuer: string;
	notOnOrAfter: number;
	/**
	 * The current `privatepersonalidentifier`: `PK:…` and its kin in the stand-in's shape, the
	 * bare personal code in Latvija.lv's (where the prefixed form is in `nameIdentifier`).
	 */
	identifier: string;
	/** The subject's NameIdentifier (VISS format `PK:…`), when it has one. */
	nameIdentifier: string | null;
	/** Earlier personal codes of a person whose code changed (repeated claims, unmarked). */
	earlierIdentifiers: string[];
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
// SHA-1 is refused for digests as for signatures: a SHA-256 signature over a SHA-1 digest is
// only as strong as SHA-1.
const DIGESTS = new Set([
	'http://www.w3.org/2001/04/xmlenc#sha256',
	'http://www.w3.org/2001/04/xmlenc#sha512'
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
	const digests = childrenNamed(references[0], NS.ds, 'DigestMethod');
	if (digests.length !== 1 || !DIGESTS.has(digests[0]?.getAttribute('Algorithm') ?? '')) {
		refuse('signature');
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
	const { current: identifier, earlier } = currentIdentifier(claims.identifiers);
	const givenName = claims.single.get('givenname');
	const surname = claims.single.get('surname');
	if (!identifier || !givenName || !surname || givenName.length > 200 || surname.length > 200) {
		refuse('claims');
	}
	return {
		id: assertion.getAttribute('AssertionID') ?? '',
		issuer,
		notOnOrAfter,
		identifier,
		nameIdentifier: nameIdentifierOf(assertion),
		earlierIdentifiers: earlier,
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

const IDENTIFIER_CLAIM = 'privatepersonalidentifier';
const MAX_IDENTIFIERS = 10;

type IdentifierClaim = { value: string; isOriginal: boolean };

/**
 * The identity claims. Each must come exactly once with one value, except the personal
 * identifier: Latvija.lv sends a person whose code changed their current code (the one carrying
 * `OriginalIssuer`, from the authentication service that vouched for them) and every earlier
 * code, all as `privatepersonalidentifier`.
 */
function readAttributes(assertion: Element): {
	single: Map<string, string>;
	identifiers: IdentifierClaim[];
} {
	const single = new Map<string, string>();
	const identifiers: IdentifierClaim[] = [];
	for (const statement of childrenNamed(assertion, NS.saml, 'AttributeStatement')) {
		for (const attribute of childrenNamed(statement, NS.saml, 'Attribute')) {
			if (attribute.getAttribute('AttributeNamespace') !== CLAIMS_NS) {
				continue;
			}
			const name = attribute.getAttribute('AttributeName') ?? '';
			const values = childrenNamed(attribute, NS.saml, 'AttributeValue');
			if (values.length !== 1) {
				refuse('claims');
			}
			if (name === IDENTIFIER_CLAIM) {
				identifiers.push({ value: textOf(values[0]), isOriginal: hasOriginalIssuer(attribute) });
				continue;
			}
			if (single.has(name)) {
				refuse('claims');
			}
			single.set(name, textOf(values[0]));
		}
	}
	if (identifiers.length > MAX_IDENTIFIERS) {
		refuse('claims');
	}
	return { single, identifiers };
}

/** `OriginalIssuer` in any namespace (WIF puts it in its own claims namespace). */
function hasOriginalIssuer(attribute: Element): boolean {
	return Array.from(attribute.attributes).some((a) => a.localName === 'OriginalIssuer');
}

/** One identifier is current; several need exactly one marked by OriginalIssuer. */
function currentIdentifier(claims: IdentifierClaim[]): { current: string; earlier: string[] } {
	if (claims.length === 1 && claims[0]) {
		return { current: claims[0].value, earlier: [] };
	}
	const marked = claims.filter((c) => c.isOriginal);
	if (marked.length !== 1 || !marked[0]) {
		refuse('claims');
	}
	return {
		current: marked[0].value,
		earlier: claims.filter((c) => !c.isOriginal).map((c) => c.value)
	};
}

/**
 * The subject's NameIdentifier; every Subject in the assertion must name the same one, so the
 * identifier read cannot depend on which statement is looked at.
 */
function nameIdentifierOf(assertion: Element): string | null {
	const names = new Set<string>();
	for (const statement of [
		...childrenNamed(assertion, NS.saml, 'AttributeStatement'),
		...childrenNamed(assertion, NS.saml, 'AuthenticationStatement')
	]) {
		for (const subject of childrenNamed(statement, NS.saml, 'Subject')) {
			for (const name of childrenNamed(subject, NS.saml, 'NameIdentifier')) {
				names.add(textOf(name));
			}
		}
	}
	if (names.size > 1) {
		refuse('claims');
	}
	const [name] = names;
	return name && name.length <= 200 ? name : null;
}
