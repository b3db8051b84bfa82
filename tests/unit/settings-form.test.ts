import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	formatNumber,
	formatPoints,
	getIn,
	initialValue,
	nodeAt,
	parseNumber,
	parsePoints,
	setIn,
	shapeOf,
	type SchemaNode
} from '../../src/lib/components/admin/settings/settings-model';
import { trailOf } from '../../src/lib/components/admin/settings/labels';
import { listServices } from '../../src/lib/services/registry';

/** The JSON Schema the admin page builds its form from, as the page's load makes it. */
const formSchema = (schema: z.ZodType) =>
	z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

/** Every node below `node`, with its path, following what the form shows. */
function* walk(node: SchemaNode, path: string[] = []): Generator<[string[], SchemaNode]> {
	yield [path, node];
	const shape = shapeOf(node);
	if (shape.kind === 'object') {
		for (const f of shape.fields) {
			yield* walk(f.node, [...path, f.name]);
		}
	} else if (shape.kind === 'list') {
		yield* walk(shape.item, [...path, '0']);
	} else if (shape.kind === 'map') {
		yield* walk(shape.value, [...path, 'key']);
	} else if (shape.kind === 'nullable') {
		for (const [p, n] of walk(shape.inner, path)) {
			if (p.length > path.length) {
				yield [p, n];
			}
		}
	}
}

describe('settings form built from each service’s settings schema', () => {
	for (const def of listServices()) {
		const schema = formSchema(def.settingsSchema);

		it(`${def.id}: every setting has a way to be edited and a name in both languages`, () => {
			for (const [path, node] of walk(schema)) {
				expect(shapeOf(node).kind, path.join('.')).not.toBe('unsupported');
				const named = path.at(-1);
				if (
					path.length > 0 &&
					named !== 'lv' &&
					named !== 'en' &&
					named !== '0' &&
					named !== 'key'
				) {
					expect(node.label?.lv, `label of ${path.join('.')}`).toBeTruthy();
					expect(node.label?.en, `label of ${path.join('.')}`).toBeTruthy();
				}
			}
		});

		it(`${def.id}: every value in the demo settings sits where the form shows a field`, () => {
			const values = [def.defaultSettings, ...Object.values(def.demoSettings ?? {})];
			for (const settings of values) {
				const leaves = (v: unknown, path: string[]): string[][] =>
					v !== null && typeof v === 'object'
						? Object.entries(v).flatMap(([k, inner]) => leaves(inner, [...path, k]))
						: [path];
				for (const leaf of leaves(settings, [])) {
					expect(nodeAt(schema, leaf), leaf.join('.')).not.toBeNull();
				}
			}
		});

		it(`${def.id}: a new row of any list starts as something the form can show`, () => {
			for (const [path, node] of walk(schema)) {
				const shape = shapeOf(node);
				if (shape.kind === 'list') {
					const row = initialValue(shape.item);
					expect(row, path.join('.')).not.toBeUndefined();
				}
			}
		});
	}

	it('names where an issue is in words, rows numbered from 1', () => {
		const enrolment = listServices().find((d) => d.id === 'education-enrolment')!;
		const schema = formSchema(enrolment.settingsSchema);
		const languages = (lang: 'lv' | 'en') => (lang === 'lv' ? 'Latviski' : 'In Latvian');
		expect(trailOf(schema, ['priorityGroups', '1', 'label', 'lv'], 'lv', languages)).toBe(
			'Priekšrocību grupas › 2. › Nosaukums › Latviski'
		);
		expect(trailOf(schema, ['maxChoices'], 'en', languages)).toBe(
			'How many institutions may be chosen'
		);
	});
});

describe('settings form values', () => {
	const json = fc.jsonValue();
	const path = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.nat(3)), { maxLength: 4 });

	it('setIn puts the value at the path, and leaves the original as it was', () => {
		fc.assert(
			fc.property(json, path, json, (start, at, next) => {
				fc.pre(next !== undefined);
				const before = JSON.stringify(start);
				const after = setIn(start, at, next);
				expect(getIn(after, at)).toEqual(next);
				expect(JSON.stringify(start)).toBe(before);
			})
		);
	});

	it('setIn with undefined removes an object key (an empty optional setting is absent)', () => {
		expect(setIn({ a: 1, b: { hint: 'x' } }, ['b', 'hint'], undefined)).toEqual({ a: 1, b: {} });
	});

	it('reads numbers as typed: a decimal comma, euro into cents; keeps what does not parse', () => {
		expect(parseNumber('3', false)).toBe(3);
		expect(parseNumber(' 0,5 ', false)).toBe(0.5);
		expect(parseNumber('', false)).toBeUndefined();
		expect(parseNumber('0,15', true)).toBe(15);
		expect(parseNumber('12.34', true)).toBe(1234);
		expect(parseNumber('1e3', false)).toBe('1e3');
		expect(parseNumber('trīs', false)).toBe('trīs');
		expect(formatNumber(1234, true)).toBe('12.34');
		expect(formatNumber('trīs', false)).toBe('trīs');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
				expect(parseNumber(formatNumber(cents, true), true)).toBe(cents);
			})
		);
	});

	it('reads boundary points one per line, and keeps a line that does not parse', () => {
		const point = fc.tuple(
			fc.double({ min: -180, max: 180, noNaN: true }),
			fc.double({ min: -90, max: 90, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(point, { maxLength: 20 }), (ring) => {
				expect(parsePoints(formatPoints(ring))).toEqual(ring.map(([a, b]) => [a + 0, b + 0]));
			})
		);
		expect(parsePoints('24.1, 56.9\n24.2 57')).toEqual([
			[24.1, 56.9],
			[24.2, 57]
		]);
		expect(parsePoints('24.1, 56.9\nRīga')).toBe('24.1, 56.9\nRīga');
	});
});
