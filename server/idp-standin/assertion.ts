import { randomBytes } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

/**
 * Builds what Latvija.lv returns: a SAML 1.1 assertion, signed with an enveloped RSA-SHA256
 * signature (exclusive canonicalisation) placed last inside the assertion, as the SAML 1.1
 * schema orders it, wrapped in a WS-Trust RequestSecurityTokenResponse.
 */

const SAML = 'urn:oasis:names:tc:SAML:1.0:assertion';
const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const ASSERTION_XPATH = `//*[local-name(.)='Assertion' and namespace-uri(.)='${SAML}']`;

export type AssertionInput = {
	issuer: string;
	audience: string;
	identifier: string;
	givenName: string;
	surname: string;
	/** When the assertion was issued; it is valid from then for `lifetimeMs`. */
	now: number;
	lifetimeMs?: number;
	/** Fixed only by tests that need to replay one id. */
	assertionId?: string;
	/**
	 * Shape the claims as Latvija.lv's own answers are (the fixtures published with the
	 * omniauth-latvija gem): `privatepersonalidentifier` holds the bare personal code, marked
	 * by `OriginalIssuer`; `PK:`/`-UR:`/`DP:` appear only in the `NameIdentifier` (format
	 * `urn:ivis:100001:name.id-viss`); a person whose code changed also gets each earlier code
	 * as another `privatepersonalidentifier`, without `OriginalIssuer`.
	 */
	latvijaShape?: { earlierCodes?: readonly string[] };
};

/** WIF's claim-issuer namespace, where `OriginalIssuer` lives in Latvija.lv's answers. */
const WIF_CLAIMS = 'http://schemas.xmlsoap.org/ws/2009/09/identity/claims';
const VISS_NAME_FORMAT = 'urn:ivis:100001:name.id-viss';

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const iso = (ms: number) => new Date(ms).toISOString();

function attribute(name: string, value: string, originalIssuer?: string): string {
	const issuer = originalIssuer
		? ` a:OriginalIssuer="${escapeXml(originalIssuer)}" xmlns:a="${WIF_CLAIMS}"`
		: '';
	return (
		`<saml:Attribute AttributeName="${name}" AttributeNamespace="${CLAIMS}"${issuer}>` +
		`<saml:AttributeValue>${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`
	);
}

/** The person's own code inside a VISS identifier (`PK:…`, `…-PK:…`, `PK:…-UR:…`). */
function bareCode(identifier: string): string {
	return /PK:(\d{6}-?\d{5})/.exec(identifier)?.[1]?.replace('-', '') ?? identifier;
}

/** The identity claims, in the stand-in's plain shape or in Latvija.lv's. */
function identityAttributes(input: AssertionInput): string {
	if (!input.latvijaShape) {
		return (
			attribute('privatepersonalidentifier', input.identifier) +
			attribute('givenname', input.givenName) +
			attribute('surname', input.surname)
		);
	}
	const issuer = 'Kopa stand-in';
	return (
		attribute('givenname', input.givenName, issuer) +
		attribute('surname', input.surname, issuer) +
		attribute('privatepersonalidentifier', bareCode(input.identifier), issuer) +
		(input.latvijaShape.earlierCodes ?? [])
			.map((code) => attribute('privatepersonalidentifier', code))
			.join('') +
		'<saml:Attribute AttributeName="citizenQAALevel" ' +
		'AttributeNamespace="http://ivis.eps.gov.lv/schema/identity/claims">' +
		'<saml:AttributeValue>4</saml:AttributeValue></saml:Attribute>'
	);
}

/** The assertion without its signature. */
export function buildAssertion(input: AssertionInput): string {
	const id = input.assertionId ?? `_${randomBytes(16).toString('hex')}`;
	const end = input.now + (input.lifetimeMs ?? 5 * 60 * 1000);
	const format = input.latvijaShape ? ` Format="${VISS_NAME_FORMAT}"` : '';
	const subject =
		`<saml:Subject><saml:NameIdentifier${format}>${escapeXml(input.identifier)}</saml:NameIdentifier>` +
		'<saml:SubjectConfirmation><saml:ConfirmationMethod>urn:oasis:names:tc:SAML:1.0:cm:bearer' +
		'</saml:ConfirmationMethod></saml:SubjectConfirmation></saml:Subject>';
	return (
		`<saml:Assertion xmlns:saml="${SAML}" MajorVersion="1" MinorVersion="1" ` +
		`AssertionID="${id}" Issuer="${escapeXml(input.issuer)}" IssueInstant="${iso(input.now)}">` +
		`<saml:Conditions NotBefore="${iso(input.now)}" NotOnOrAfter="${iso(end)}">` +
		'<saml:AudienceRestrictionCondition>' +
		`<saml:Audience>${escapeXml(input.audience)}</saml:Audience>` +
		'</saml:AudienceRestrictionCondition></saml:Conditions>' +
		`<saml:AttributeStatement>${subject}` +
		identityAttributes(input) +
		'</saml:AttributeStatement>' +
		'<saml:AuthenticationStatement AuthenticationMethod="urn:oasis:names:tc:SAML:1.0:am:unspecified" ' +
		`AuthenticationInstant="${iso(input.now)}">${subject}</saml:AuthenticationStatement>` +
		'</saml:Assertion>'
	);
}

export type SigningOptions = {
	/** Tests only: other algorithms than the RSA-SHA256 signature over a SHA-256 digest. */
	signatureAlgorithm?: string;
	digestAlgorithm?: string;
};

/** Signs an assertion (enveloped, last child); KeyInfo carries the certificate. */
export function signAssertion(
	assertionXml: string,
	keyPem: string,
	certPem: string,
	options: SigningOptions = {}
): string {
	const signer = new SignedXml({
		privateKey: keyPem,
		publicCert: certPem,
		signatureAlgorithm:
			options.signatureAlgorithm ?? 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
		canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
		idAttribute: 'AssertionID'
	});
	signer.addReference({
		xpath: ASSERTION_XPATH,
		transforms: [
			'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
			'http://www.w3.org/2001/10/xml-exc-c14n#'
		],
		digestAlgorithm: options.digestAlgorithm ?? 'http://www.w3.org/2001/04/xmlenc#sha256'
	});
	signer.computeSignature(assertionXml, {
		prefix: 'ds',
		location: { reference: ASSERTION_XPATH, action: 'append' }
	});
	return signer.getSignedXml();
}

/** The `wresult`: the token in a RequestSecurityTokenResponse. */
export function wrapInResponse(tokenXml: string, realm: string, now: number, end: number): string {
	return (
		'<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust">' +
		'<t:Lifetime xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">' +
		`<wsu:Created>${iso(now)}</wsu:Created><wsu:Expires>${iso(end)}</wsu:Expires></t:Lifetime>` +
		'<wsp:AppliesTo xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy">' +
		'<wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing">' +
		`<wsa:Address>${escapeXml(realm)}</wsa:Address></wsa:EndpointReference></wsp:AppliesTo>` +
		`<t:RequestedSecurityToken>${tokenXml}</t:RequestedSecurityToken>` +
		'<t:TokenType>urn:oasis:names:tc:SAML:1.0:assertion</t:TokenType>' +
		'<t:RequestType>http://schemas.xmlsoap.org/ws/2005/02/trust/Issue</t:RequestType>' +
		'<t:KeyType>http://schemas.xmlsoap.org/ws/2005/05/identity/NoProofKey</t:KeyType>' +
		'</t:RequestSecurityTokenResponse>'
	);
}

/** A complete signed answer for one person, as the stand-in sends it. */
export function issueWresult(
	input: AssertionInput,
	keyPem: string,
	certPem: string,
	signing: SigningOptions = {}
): string {
	const end = input.now + (input.lifetimeMs ?? 5 * 60 * 1000);
	const signed = signAssertion(buildAssertion(input), keyPem, certPem, signing);
	return wrapInResponse(signed, input.audience, input.now, end);
}
