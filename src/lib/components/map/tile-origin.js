// Plain JavaScript on purpose: svelte.config.js (loaded by Node, no TypeScript) puts the
// origin into the Content-Security-Policy, and the map reads the same template, so both
// agree on what a usable tile URL is.

/**
 * The tile URL template if it is usable: an http(s) URL with {z}, {x} and {y}, and nothing
 * else in braces. Anything else is no template (the map stays plain).
 * @param {string | undefined | null} text
 * @returns {string | null}
 */
export function tileTemplate(text) {
	const template = (text ?? '').trim();
	if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) {
		return null;
	}
	if (/\{(?![zxy]\})/.test(template.replaceAll(/\{[zxy]\}/g, ''))) {
		return null;
	}
	try {
		const url = new URL(template.replaceAll(/\{[zxy]\}/g, '0'));
		return url.protocol === 'https:' || url.protocol === 'http:' ? template : null;
	} catch {
		return null;
	}
}

/**
 * The origin tiles come from, for img-src: exactly that scheme, host and port, nothing wider.
 * @param {string | undefined | null} text
 * @returns {string | null}
 */
export function tileOrigin(text) {
	const template = tileTemplate(text);
	return template ? new URL(template.replaceAll(/\{[zxy]\}/g, '0')).origin : null;
}
