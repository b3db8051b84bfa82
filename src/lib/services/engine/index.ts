/**
 * The generic e-service engine: builds a definition from its steps and answers questions
 * about it (what is shown, what is wrong, how far the person is). Pure TypeScript, shared by
 * the browser (renderer, autosave) and the server (sync, queue). Knows no service by name.
 */
import type { FieldDef, LocalizedText } from '../types';

export { defineService } from './define';
export { visibleSteps, visibleFields, withoutHidden } from './visibility';
export {
	validateStep,
	validateAll,
	taskList,
	wellFormedAnswers,
	type TaskStatus
} from './validate';
export { resolveOptions, maxItemsOf, areaOf } from './options';
export { contextIssues } from './context-checks';
export { isEmptyAnswer } from './submit-checks';
export { parseDecimal, isIsoDate } from './formats';

/** The empty value of a field kind ('' / [] / false / null). */
export function emptyValue(field: FieldDef): unknown {
	switch (field.kind) {
		case 'multiChoice':
		case 'rankedChoice':
		case 'file':
			return [];
		case 'consent':
			return false;
		case 'address':
		case 'mapPoint':
			return null;
		default:
			return '';
	}
}

export function localized(text: LocalizedText, lang: 'lv' | 'en'): string {
	return text[lang];
}
export {
	OFFICER_FORM_ACTIONS,
	actionsFor,
	transition,
	isFinal,
	pausesTerm,
	type WorkflowRole,
	type TransitionVerdict
} from './workflow';
