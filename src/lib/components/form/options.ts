import type { Institution } from '$lib/domain/tenant';
import { resolveOptions } from '$lib/services/engine';
import type { ChoiceOption, FieldDef, MunicipalContext } from '$lib/services/types';

/**
 * A choice field's options as this device can name them. The engine knows the
 * municipality's institutions only as ids and kinds; their names (both languages) and
 * addresses are in the cached reference data.
 */
export function optionsFor(
	field: FieldDef,
	context: MunicipalContext,
	institutions: readonly Institution[]
): ChoiceOption[] {
	if (field.options?.from === 'institutions') {
		const kinds = field.options.kinds;
		return institutions
			.filter((i) => !kinds || kinds.includes(i.kind))
			.map((i) => ({
				value: i.id,
				label: { lv: i.nameLv, en: i.nameEn },
				hint: { lv: i.address, en: i.address }
			}));
	}
	return resolveOptions(field, context);
}
