import type { Institution } from '$lib/domain/tenant';
import type { EServiceDefinition } from '$lib/services/types';
import { answerLines, findField } from './answers';
import { municipalContextFor } from './municipal-context';
import { optionsFor } from './options';

/**
 * One side of a conflict as the form would show it: an option's label, a list in order, a
 * point's coordinates. A field the definition does not know is shown only if it is text.
 */
export function conflictValueLines(
	where: {
		def: EServiceDefinition;
		municipalityId: string;
		institutions: readonly Institution[];
		cachedSettings: unknown;
	},
	fieldName: string,
	value: unknown,
	lang: 'lv' | 'en',
	t: (key: string) => string
): string[] {
	const field = findField(where.def, fieldName);
	if (!field) {
		return typeof value === 'string' && value !== '' ? [value] : [];
	}
	const context = municipalContextFor(
		where.def,
		where.municipalityId,
		where.institutions,
		where.cachedSettings
	);
	return answerLines(field, value, optionsFor(field, context, where.institutions), lang, t);
}
