import type { SettingsMeta } from '$lib/services/settings-meta';

/**
 * The part of JSON Schema that `z.toJSONSchema` gives for a service's settings, and that the
 * admin page's settings form can show. The form is built from the schema (with the labels of
 * settings-meta.ts), so a new e-service's settings get a form without new page code.
 */
export type SchemaNode = SettingsMeta & {
	type?: string | string[];
	properties?: Record<string, SchemaNode>;
	required?: string[];
	items?: SchemaNode | false;
	prefixItems?: SchemaNode[];
	additionalProperties?: SchemaNode | boolean;
	anyOf?: SchemaNode[];
	enum?: unknown[];
	default?: unknown;
	minimum?: number;
	maximum?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
};

/** How one node is shown. */
export type Shape =
	| { kind: 'boolean' }
	| { kind: 'number'; integer: boolean; min?: number; max?: number; cents: boolean }
	| { kind: 'text'; maxLength?: number }
	| { kind: 'enum'; options: string[] }
	/** { lv, en }: two text inputs side by side. */
	| { kind: 'localized' }
	| { kind: 'object'; fields: { name: string; node: SchemaNode; required: boolean }[] }
	/** A list of objects (or texts): rows added, removed and moved. */
	| { kind: 'list'; item: SchemaNode; max?: number }
	/** A list of enum values: a group of check boxes. */
	| { kind: 'enumSet'; options: string[] }
	/** A record of free keys to values (zone → multiplier). */
	| { kind: 'map'; value: SchemaNode }
	/** Pairs of numbers, one per line (a boundary ring). */
	| { kind: 'points' }
	/** A value or null: a check box turns it on. */
	| { kind: 'nullable'; inner: SchemaNode }
	| { kind: 'unsupported' };

const typeIs = (node: SchemaNode, type: string) =>
	node.type === type || (Array.isArray(node.type) && node.type.includes(type));

function isLocalized(node: SchemaNode): boolean {
	const keys = Object.keys(node.properties ?? {});
	return keys.length === 2 && keys.includes('lv') && keys.includes('en');
}

export function shapeOf(node: SchemaNode): Shape {
	if (node.anyOf) {
		const inner = node.anyOf.filter((n) => !typeIs(n, 'null'));
		const nullable = inner.length === 1 && inner.length < node.anyOf.length;
		return nullable && inner[0] ? { kind: 'nullable', inner: inner[0] } : { kind: 'unsupported' };
	}
	if (node.enum) {
		return { kind: 'enum', options: node.enum.map(String) };
	}
	if (typeIs(node, 'boolean')) {
		return { kind: 'boolean' };
	}
	if (typeIs(node, 'integer') || typeIs(node, 'number')) {
		return {
			kind: 'number',
			integer: typeIs(node, 'integer'),
			min: node.minimum,
			max: node.maximum,
			cents: node.unit === 'cents'
		};
	}
	if (typeIs(node, 'string')) {
		return { kind: 'text', maxLength: node.maxLength };
	}
	if (typeIs(node, 'array')) {
		const item = node.items;
		if (
			item &&
			item.prefixItems?.length === 2 &&
			item.prefixItems.every((n) => typeIs(n, 'number'))
		) {
			return { kind: 'points' };
		}
		if (item && item.enum) {
			return { kind: 'enumSet', options: item.enum.map(String) };
		}
		return item ? { kind: 'list', item, max: node.maxItems } : { kind: 'unsupported' };
	}
	if (typeIs(node, 'object')) {
		if (node.properties) {
			if (isLocalized(node)) {
				return { kind: 'localized' };
			}
			const required = new Set(node.required ?? []);
			return {
				kind: 'object',
				fields: Object.entries(node.properties).map(([name, child]) => ({
					name,
					node: child,
					required: required.has(name)
				}))
			};
		}
		if (node.additionalProperties && typeof node.additionalProperties === 'object') {
			return { kind: 'map', value: node.additionalProperties };
		}
	}
	return { kind: 'unsupported' };
}

/** The value a new row (or a switched-on optional part) starts with. */
export function initialValue(node: SchemaNode): unknown {
	if (node.default !== undefined) {
		return structuredClone(node.default);
	}
	const shape = shapeOf(node);
	switch (shape.kind) {
		case 'boolean':
			return false;
		case 'number':
			return shape.min !== undefined && shape.min > 0 ? shape.min : 0;
		case 'text':
			return '';
		case 'enum':
			return shape.options[0] ?? '';
		case 'localized':
			return { lv: '', en: '' };
		case 'object':
			return Object.fromEntries(
				shape.fields.filter((f) => f.required).map((f) => [f.name, initialValue(f.node)])
			);
		case 'list':
		case 'enumSet':
		case 'points':
			return [];
		case 'map':
			return {};
		case 'nullable':
			return null;
		default:
			return null;
	}
}

export type Path = readonly (string | number)[];

/** The dotted path the server's issues carry (zod's path joined by '.'). */
export const pathKey = (path: Path): string => path.map(String).join('.');

/** An element id for a path, unique per service on the page. */
export const fieldId = (service: string, path: Path): string =>
	`set-${service}-${path.map(String).join('-') || 'root'}`;

/**
 * The value with `next` at `path`, copied along the way (Svelte state is replaced, not
 * mutated). `undefined` removes an object key: an optional setting left empty is absent.
 */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
	if (path.length === 0) {
		return next;
	}
	const [head, ...rest] = path;
	if (typeof head === 'number') {
		const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
		list[head] = setIn(list[head], rest, next);
		return list;
	}
	const object: Record<string, unknown> =
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? { ...(value as Record<string, unknown>) }
			: {};
	const inner = setIn(object[head as string], rest, next);
	if (inner === undefined) {
		delete object[head as string];
	} else {
		object[head as string] = inner;
	}
	return object;
}

export function getIn(value: unknown, path: Path): unknown {
	let at = value;
	for (const key of path) {
		if (at === null || typeof at !== 'object') {
			return undefined;
		}
		at = (at as Record<string | number, unknown>)[key];
	}
	return at;
}

/** The schema node at a path (for the error summary's labels); null when there is none. */
export function nodeAt(root: SchemaNode, path: Path): SchemaNode | null {
	let node: SchemaNode | undefined = root;
	for (const key of path) {
		if (!node) {
			return null;
		}
		const shape = shapeOf(node);
		if (shape.kind === 'nullable') {
			node = shape.inner;
		}
		if (node.prefixItems) {
			node = node.prefixItems[Number(key)];
			continue;
		}
		const here = shapeOf(node);
		node =
			here.kind === 'object'
				? node.properties?.[String(key)]
				: here.kind === 'list'
					? here.item
					: here.kind === 'enumSet' || here.kind === 'points'
						? node.items || undefined
						: here.kind === 'map'
							? here.value
							: here.kind === 'localized'
								? node.properties?.[String(key)]
								: undefined;
	}
	return node ?? null;
}

/**
 * A number as typed: Latvian decimal comma accepted, euro turned into cents. What does not
 * parse is kept as typed, so the server refuses it with a message and nothing is lost.
 */
export function parseNumber(text: string, cents: boolean): number | string | undefined {
	const trimmed = text.trim().replace(/\s/g, '');
	if (trimmed === '') {
		return undefined;
	}
	const number = Number(trimmed.replace(',', '.'));
	if (!Number.isFinite(number) || !/^-?\d*([.,]\d*)?$/.test(trimmed)) {
		return text;
	}
	return cents ? Number((number * 100).toFixed(4)) : number;
}

/** A stored number as the input shows it (euro for cents). */
export function formatNumber(value: unknown, cents: boolean): string {
	if (typeof value === 'string') {
		return value;
	}
	if (typeof value !== 'number') {
		return '';
	}
	return cents ? String(Number((value / 100).toFixed(6))) : String(value);
}

/** Boundary points as lines "lon, lat"; a line that does not parse keeps the text as typed. */
export function parsePoints(text: string): [number, number][] | string {
	const lines = text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l !== '');
	const points: [number, number][] = [];
	for (const line of lines) {
		const parts = line.split(/[\s;,]+/).filter((p) => p !== '');
		const [lon, lat] = parts.map(Number);
		if (parts.length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) {
			return text;
		}
		points.push([lon as number, lat as number]);
	}
	return points;
}

export function formatPoints(value: unknown): string {
	if (typeof value === 'string') {
		return value;
	}
	return Array.isArray(value)
		? value
				.map((p: unknown) => (Array.isArray(p) ? p.map(String).join(', ') : String(p)))
				.join('\n')
		: '';
}
