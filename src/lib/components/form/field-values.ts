import { ADDRESS_MAX, LONG_TEXT_MAX, TEXT_MAX } from '$lib/services/engine/field-schemas';
import type { FieldDef, FieldKind, Issue } from '$lib/services/types';

/**
 * Stored answers are JSON from IndexedDB (or another version of the app): each field
 * component reads its value through one of these, so an odd shape shows as empty rather
 * than breaking the page.
 */
export function asText(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

export function asList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export type MapPoint = { lat: number; lon: number };

export function asPoint(value: unknown): MapPoint | null {
	if (typeof value !== 'object' || value === null) {
		return null;
	}
	const { lat, lon } = value as Record<string, unknown>;
	return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
}

export function asAddress(value: unknown): string {
	return typeof value === 'object' && value !== null
		? asText((value as Record<string, unknown>).text)
		: '';
}

/** An issue belongs to a field when its path is the field or inside it (e.g. "choices.1"). */
export function issueFor(issues: readonly Issue[], name: string): Issue | undefined {
	return issues.find((i) => i.path === name || i.path.startsWith(`${name}.`));
}

type InputShape = {
	type: 'text' | 'date' | 'email' | 'tel';
	inputmode: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
	autocomplete: AutoFill;
};

const INPUTS: Partial<Record<FieldKind, InputShape>> = {
	text: { type: 'text', inputmode: 'text', autocomplete: 'off' },
	email: { type: 'email', inputmode: 'email', autocomplete: 'email' },
	phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
	// Not type=number: it changes values on scroll and drops what it cannot parse (GOV.UK).
	number: { type: 'text', inputmode: 'decimal', autocomplete: 'off' },
	date: { type: 'date', inputmode: 'text', autocomplete: 'off' },
	personalCode: { type: 'text', inputmode: 'numeric', autocomplete: 'off' },
	registrationNumber: { type: 'text', inputmode: 'numeric', autocomplete: 'off' },
	address: { type: 'text', inputmode: 'text', autocomplete: 'street-address' }
};

/** How a one-line field is typed in: input type, keyboard and autofill (WCAG 1.3.5). */
export function inputShape(field: FieldDef): InputShape | null {
	const shape = INPUTS[field.kind];
	if (!shape) {
		return null;
	}
	// The definition's own hint wins (e.g. 'given-name'); the browser checks its tokens.
	return field.autocomplete ? { ...shape, autocomplete: field.autocomplete as AutoFill } : shape;
}

/**
 * The most characters a typed answer may have: the same limit as the field's schema, so
 * the browser keeps to it (`maxlength`) instead of the server refusing it later.
 */
export function maxLengthOf(field: FieldDef): number | undefined {
	switch (field.kind) {
		case 'text':
			return field.max ?? TEXT_MAX;
		case 'longText':
			return field.max ?? LONG_TEXT_MAX;
		case 'address':
			return ADDRESS_MAX;
		default:
			return undefined;
	}
}
