/**
 * Municipal data a field depends on: its options (static, the municipality's institutions,
 * or a list in the service's settings) and the limit of a list field. Settings are data an
 * admin edits, so they are read defensively: a malformed entry is skipped, never trusted.
 */
import type { ChoiceOption, FieldDef, LocalizedText, MunicipalContext } from '../types';

function isLocalized(value: unknown): value is LocalizedText {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as LocalizedText).lv === 'string' &&
		typeof (value as LocalizedText).en === 'string'
	);
}

function settingOf(context: MunicipalContext<unknown> | null, key: string): unknown {
	const settings = context?.settings;
	if (typeof settings !== 'object' || settings === null || !Object.hasOwn(settings, key)) {
		return undefined;
	}
	return (settings as Record<string, unknown>)[key];
}

function optionOf(entry: unknown): ChoiceOption | null {
	if (typeof entry !== 'object' || entry === null) {
		return null;
	}
	const { value, label, hint } = entry as Record<string, unknown>;
	if (typeof value !== 'string' || value === '' || !isLocalized(label)) {
		return null;
	}
	return isLocalized(hint) ? { value, label, hint } : { value, label };
}

/** A choice field's options for this municipality (static, institutions, or a settings list). */
export function resolveOptions<S>(
	field: FieldDef,
	context: MunicipalContext<S> | null
): ChoiceOption[] {
	const source = field.options;
	if (!source) {
		return [];
	}
	switch (source.from) {
		case 'static':
			return [...source.options];
		case 'settings': {
			const list = settingOf(context, source.list);
			return Array.isArray(list)
				? list.map(optionOf).filter((o): o is ChoiceOption => o !== null)
				: [];
		}
		case 'institutions': {
			if (!context) {
				return [];
			}
			if (context.institutions) {
				// Facts may carry a name (the reference data has one); the id stands in otherwise.
				return context.institutions
					.filter((i) => !source.kinds || source.kinds.includes(i.kind))
					.map((i) => {
						const name: unknown = (i as { name?: unknown }).name;
						return { value: i.id, label: isLocalized(name) ? name : { lv: i.id, en: i.id } };
					});
			}
			return [...context.institutionIds].map((id) => ({ value: id, label: { lv: id, en: id } }));
		}
	}
}

/** rankedChoice/multiChoice limit for this municipality, if any. */
export function maxItemsOf<S>(field: FieldDef, context: MunicipalContext<S> | null): number | null {
	const limit = field.maxItems;
	if (limit === undefined) {
		return null;
	}
	const value = typeof limit === 'number' ? limit : settingOf(context, limit.setting);
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** A map point field's territory ring for this municipality ([lon, lat] pairs), if any. */
export function areaOf<S>(
	field: FieldDef,
	context: MunicipalContext<S> | null
): [number, number][] | null {
	if (!field.area) {
		return null;
	}
	const area = settingOf(context, field.area.setting);
	const ring: unknown =
		typeof area === 'object' && area !== null ? (area as { ring?: unknown }).ring : null;
	if (!Array.isArray(ring) || ring.length < 3) {
		return null;
	}
	const points = ring.filter(
		(p): p is [number, number] =>
			Array.isArray(p) &&
			p.length === 2 &&
			p.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
	return points.length === ring.length ? points : null;
}
