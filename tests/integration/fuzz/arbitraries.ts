import fc from 'fast-check';

/**
 * Inputs a hostile or broken client could send to a procedure: any JSON, wrong types,
 * huge strings, deep nesting, odd numbers and characters, prototype-pollution keys, and
 * near-valid inputs made by breaking a valid one in one place. Each is a body text, so
 * things JSON.stringify cannot make (1e400, -0, duplicate keys, broken JSON) are sent too.
 */

/** What is sent: a JSON text (or not quite), or nothing at all. */
export type Payload = { text: string | undefined; label: string };

const MIB = 1024 * 1024;

/** A long run of one character: up to ~1 MB of JSON once escaped. */
const hugeString = fc
	.tuple(
		fc.constantFrom('a', 'ā', '😀', '\u0000', '"', '\\', '\u2028', '%', '<'),
		fc.integer({ min: 64 * 1024, max: MIB / 4 })
	)
	.map(([char, n]) => char.repeat(n));

/** Odd strings: control characters, emoji, lone surrogates, right-to-left marks, SQL. */
const oddString = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.constantFrom(
		'',
		'\u0000',
		'\uD800',
		'\uDFFF',
		'👩‍👩‍👧‍👦',
		'\u202Eevil',
		"' or 1=1 --",
		'../../etc/passwd',
		'riga\u0000liepaja',
		'RIGA',
		' riga ',
		'__proto__',
		'constructor',
		'toString',
		'null',
		'0'
	)
);

/** Numbers JSON can carry (as text, 1e400 parses to Infinity and -0 stays -0). */
const oddNumberText = fc.constantFrom(
	'-0',
	'1e400',
	'-1e400',
	'1e-400',
	'9007199254740993',
	'-9007199254740993',
	'0.1',
	'1.5',
	'-1',
	'2147483648',
	'1E2'
);

const oddNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(-0, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE, 2 ** 31, 2 ** 53)
);

export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
	{ weight: 2, arbitrary: oddString },
	{ weight: 2, arbitrary: oddNumber },
	{ weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[]], [{}]) },
	{ weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 50 }) }
);

/** An object or array nested 100 to 3000 deep, as text (built without recursion). */
const deepText = fc
	.tuple(
		fc.integer({ min: 100, max: 3000 }),
		fc.boolean(),
		fc.constantFrom('1', '"x"', '{}', 'null')
	)
	.map(([depth, arrays, leaf]) =>
		arrays
			? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`
			: `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`
	);

/** The same, as a value inside an otherwise valid input. */
const deepValue = fc.integer({ min: 100, max: 1000 }).map((depth) => {
	let value: unknown = 'x';
	for (let i = 0; i < depth; i++) {
		value = i % 2 ? [value] : { a: value };
	}
	return value;
});

/** Keys that would pollute prototypes if a parser or merge copied them blindly. */
const pollutionText = fc
	.tuple(
		fc.constantFrom('__proto__', 'constructor', 'prototype'),
		fc.constantFrom('{"isAdmin":true}', '{"prototype":{"polluted":1}}', '"x"', '[]', 'null')
	)
	.map(([key, value]) => `{"${key}":${value},"municipalityId":"riga","${key}":${value}}`);

/** Not JSON, or not quite. */
const brokenText = fc.oneof(
	fc.string({ maxLength: 100 }),
	fc.constantFrom(
		'',
		'{',
		'{"a":',
		'[1,2',
		'undefined',
		'NaN',
		'Infinity',
		"{'a':1}",
		'{"a":1,}',
		'\uFEFF{}',
		'{"a":1}{"b":2}',
		'\u0000'
	)
);

/** Every path to a value in a JSON value (objects and arrays). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') {
		return [prefix];
	}
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** A copy of `value` with the thing at `path` replaced (or removed, when `next` is DELETE). */
const DELETE = Symbol('delete');
function replaceAt(value: unknown, path: (string | number)[], next: unknown): unknown {
	if (path.length === 0) {
		return next === DELETE ? undefined : next;
	}
	const [head, ...rest] = path;
	// Arrays and objects alike are indexed by key here (a deleted array item becomes null).
	const copy = (
		Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
	) as Record<string | number, unknown>;
	if (rest.length === 0 && next === DELETE) {
		delete copy[head as string | number];
		return copy;
	}
	copy[head as string | number] = replaceAt(copy[head as string | number], rest, next);
	return copy;
}

/**
 * A valid input broken in one place: a field changed (to an odd value, or to a real
 * identifier from elsewhere in the data, which reaches further into the code), removed,
 * wrapped in an array, or given an extra key.
 */
export function nearValid(valid: unknown, known: readonly unknown[]): fc.Arbitrary<unknown> {
	const paths = pathsOf(valid);
	const at = fc.constantFrom(...paths);
	const replacement = fc.oneof(
		{ weight: 6, arbitrary: oddValue },
		{ weight: 4, arbitrary: fc.constantFrom(...known) },
		{ weight: 1, arbitrary: hugeString },
		{ weight: 1, arbitrary: deepValue }
	);
	return fc.oneof(
		fc.tuple(at, replacement).map(([p, v]) => replaceAt(valid, p, v)),
		fc.tuple(at).map(([p]) => replaceAt(valid, p, DELETE)),
		fc.tuple(at).map(([p]) => replaceAt(valid, p, [pathValue(valid, p)])),
		fc
			.tuple(at, fc.constantFrom('__proto__', 'constructor', 'extra', ''), oddValue)
			.map(([p, key, v]) => {
				const target = pathValue(valid, p);
				return target !== null && typeof target === 'object' && !Array.isArray(target)
					? replaceAt(valid, p, { ...target, [key]: v })
					: replaceAt(valid, p, { [key]: v });
			})
	);
}

function pathValue(value: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
}

/** Where a number in a JSON text is swapped for one JSON.stringify never writes. */
function withOddNumbers(text: string): fc.Arbitrary<string> {
	return oddNumberText.map((n) => text.replace(/(?<=[:[,])-?\d+(\.\d+)?(?=[,\]}])/, n));
}

/** Values that pass the schemas' formats: dates at the calendar's ends, big versions. */
const BOUNDARY_VALUES = [
	'0000-01-01',
	'9999-12-31',
	'2024-02-29',
	'00000000-0000-0000-0000-000000000000',
	'ffffffff-ffff-7fff-bfff-ffffffffffff',
	'0'.repeat(64),
	0,
	1,
	Number.MAX_SAFE_INTEGER,
	'officer',
	'inspector',
	'municipal_admin',
	'platform_operator',
	'client',
	'server'
];

/**
 * Every kind of payload, for a procedure whose valid inputs are `valids`; `known` are real
 * identifiers of the data (records, sessions, roles, municipalities, people).
 */
export function payloadFor(
	valids: readonly unknown[],
	known: readonly unknown[]
): fc.Arbitrary<Payload> {
	const json = (label: string) => (v: unknown) => ({ text: JSON.stringify(v), label });
	const valid = fc.constantFrom(...valids);
	const pool = [...known, ...BOUNDARY_VALUES];
	return fc.oneof(
		{
			weight: 8,
			arbitrary: valid.chain((v) => nearValid(v, pool)).map(json('near-valid'))
		},
		{ weight: 4, arbitrary: oddValue.map(json('odd value')) },
		{ weight: 1, arbitrary: hugeString.map(json('huge string')) },
		{ weight: 1, arbitrary: deepText.map((text) => ({ text, label: 'deep' })) },
		{ weight: 1, arbitrary: pollutionText.map((text) => ({ text, label: 'pollution' })) },
		{
			weight: 1,
			arbitrary: valid
				.chain((v) => withOddNumbers(JSON.stringify(v) ?? '{}'))
				.map((text) => ({ text, label: 'odd number' }))
		},
		{ weight: 1, arbitrary: brokenText.map((text) => ({ text, label: 'broken' })) },
		{ weight: 1, arbitrary: fc.constant({ text: undefined, label: 'no input' }) }
	);
}
