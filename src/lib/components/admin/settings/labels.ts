import type { Issue } from '$lib/domain/sync';
import { nodeAt, type SchemaNode } from './settings-model';

type Lang = 'lv' | 'en';

/** A key's label from the schema's meta; the key itself when the service gave none. */
export function labelOf(node: SchemaNode, name: string, lang: Lang): string {
	return node.label?.[lang] ?? name;
}

export function hintOf(node: SchemaNode, lang: Lang): string | null {
	return node.hint?.[lang] ?? null;
}

/** An enum value's name from the meta's optionLabels, or the value itself. */
export function optionLabel(node: SchemaNode, value: string, lang: Lang): string {
	return node.optionLabels?.[value]?.[lang] ?? value;
}

/** The issues whose path is exactly this one (a field shows its own, a group its own). */
export function issuesAt(issues: readonly Issue[], key: string): Issue[] {
	return issues.filter((i) => i.path === key);
}

/**
 * Where an issue is, in words: "Priekšrocību grupas › 2. › Nosaukums › Latviski". List rows
 * are numbered from 1; a key the schema does not name is shown as it is.
 */
export function trailOf(
	root: SchemaNode,
	path: readonly string[],
	lang: Lang,
	languageName: (lang: Lang) => string
): string {
	const parts = path.map((key, index) => {
		if (/^\d+$/.test(key)) {
			return `${Number(key) + 1}.`;
		}
		if ((key === 'lv' || key === 'en') && index === path.length - 1) {
			return languageName(key);
		}
		const node = nodeAt(root, path.slice(0, index + 1));
		return node ? labelOf(node, key, lang) : key;
	});
	return parts.join(' › ');
}
