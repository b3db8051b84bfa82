import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** A real Latvija.lv answer is a few kilobytes; encrypted, still well under this. */
export const MAX_WRESULT_CHARS = 100_000;

export const NS = {
	saml: 'urn:oasis:names:tc:SAML:1.0:assertion',
	ds: 'http://www.w3.org/2000/09/xmldsig#',
	xenc: 'http://www.w3.org/2001/04/xmlenc#',
	wst: 'http://schemas.xmlsoap.org/ws/2005/02/trust'
} as const;

export class XmlRefused extends Error {
	constructor(readonly reason: 'too_large' | 'dtd' | 'malformed') {
		super(reason);
	}
}

/**
 * Parses untrusted XML. A document type declaration is refused outright: SAML never needs one,
 * and it is how entity expansion (billion laughs) and external entities (XXE) get in. Every
 * parser complaint, even a warning, refuses the document, so a half-read tree is never used.
 */
export function parseUntrustedXml(text: string): Document {
	if (text.length > MAX_WRESULT_CHARS) {
		throw new XmlRefused('too_large');
	}
	if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
		throw new XmlRefused('dtd');
	}
	let doc: Document;
	try {
		doc = new DOMParser({
			onError: (level, message) => {
				throw new Error(`${level}: ${message}`);
			}
		}).parseFromString(text, 'text/xml');
	} catch {
		throw new XmlRefused('malformed');
	}
	if (!doc.documentElement) {
		throw new XmlRefused('malformed');
	}
	return doc;
}

/** Every element with this namespace and local name, anywhere under `root`. */
export function elementsNamed(root: Document | Element, ns: string, name: string): Element[] {
	return Array.from(root.getElementsByTagNameNS(ns, name));
}

/** The direct children of `parent` with this namespace and local name. */
export function childrenNamed(parent: Element, ns: string, name: string): Element[] {
	const found: Element[] = [];
	for (let node = parent.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 1) {
			const el = node as Element;
			if (el.namespaceURI === ns && el.localName === name) {
				found.push(el);
			}
		}
	}
	return found;
}

export function textOf(el: Element | undefined): string {
	return (el?.textContent ?? '').trim();
}
