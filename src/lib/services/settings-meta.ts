import type { LocalizedText } from './types';

/**
 * What the admin page's settings form shows for one key of a service's settings schema.
 * Attached with zod's `.meta()` and read back from `z.toJSONSchema`, so the form is built
 * from the schema itself and knows no service by name. A key without a label shows its name.
 */
export type SettingsMeta = {
	label?: LocalizedText;
	hint?: LocalizedText;
	/** Names of an enum's values (and of an object's keys when they are enum values). */
	optionLabels?: Record<string, LocalizedText>;
	/** 'cents': stored in euro cents, shown and typed in euro. */
	unit?: 'cents';
};

/** `.meta(settingsText('Nosaukums', 'Name'))`, with an optional hint. */
export function settingsText(lv: string, en: string, hint?: LocalizedText): SettingsMeta {
	return hint ? { label: { lv, en }, hint } : { label: { lv, en } };
}
