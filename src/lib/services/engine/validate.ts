/**
 * Validation as the form and the server need it: one step (as the person presses
 * Continue), everything (at submission), and the task list's status of each step.
 */
import { toIssues } from '../../domain/issues';
import type { Answers, EServiceDefinition, Issue, MunicipalContext, StepDef } from '../types';
import { draftIssuesOf, isPlainObject, mergeIssues, shapedValues, submitIssuesOf } from './checks';
import { contextIssues, withDefaultSettings } from './context-checks';
import { isEmptyAnswer } from './submit-checks';
import { allFields, shownFieldNames, visibleSteps } from './visibility';

export type TaskStatus = 'notStarted' | 'inProgress' | 'completed';

const NOT_AN_OBJECT: Issue[] = [{ path: '', message: 'field.invalid' }];

/**
 * The service's own rules and the generic context checks, on shown fields of the right
 * shape only (rules then need not guard against odd values, and hidden answers are ignored).
 */
function municipalIssues<S>(
	def: EServiceDefinition<S>,
	answers: Answers,
	context: MunicipalContext<S>
): { rules: Issue[]; generic: Issue[]; shown: Set<string> } {
	const full = withDefaultSettings(def, context);
	const shown = shownFieldNames(def, answers);
	const visible = allFields(def as EServiceDefinition<unknown>).filter((f) => shown.has(f.name));
	const clean = shapedValues(visible, answers);
	return {
		rules: def.checkMunicipalRules(clean, full),
		generic: contextIssues(visible, clean, full),
		shown
	};
}

/** Issues for one step. 'draft' = shapes only; 'submit' = also required and municipal rules. */
export function validateStep<S>(
	def: EServiceDefinition<S>,
	stepId: string,
	answers: Answers,
	context: MunicipalContext<S> | null,
	mode: 'draft' | 'submit'
): Issue[] {
	const step = def.steps.find((s) => s.id === stepId);
	if (!step) {
		return [];
	}
	if (!isPlainObject(answers)) {
		return NOT_AN_OBJECT;
	}
	const draft = draftIssuesOf(step.fields, answers);
	if (mode === 'draft') {
		return mergeIssues(draft);
	}
	if (!context) {
		const shown = shownFieldNames(def, answers);
		return mergeIssues(
			draft,
			submitIssuesOf(
				step.fields.filter((f) => shown.has(f.name)),
				answers
			)
		);
	}
	const { rules, generic, shown } = municipalIssues(def, answers, context);
	const visible = step.fields.filter((f) => shown.has(f.name));
	const mine = new Set(visible.map((f) => f.name));
	const ofStep = (issues: Issue[]) => issues.filter((i) => mine.has(i.path.split('.')[0] ?? ''));
	return mergeIssues(draft, submitIssuesOf(visible, answers), ofStep(rules), ofStep(generic));
}

/**
 * The answers whose values are well formed, as parsed (trimmed): what rules may read from a
 * saved draft, which can hold values still being typed.
 */
export function wellFormedAnswers<S>(def: EServiceDefinition<S>, answers: Answers): Answers {
	return isPlainObject(answers) ? shapedValues(allFields(def), answers) : {};
}

/** Everything, as at submission: submitSchema + checkMunicipalRules, on visible fields only. */
export function validateAll<S>(
	def: EServiceDefinition<S>,
	answers: Answers,
	context: MunicipalContext<S> | null
): Issue[] {
	const parsed = def.submitSchema.safeParse(answers);
	const schemaIssues = parsed.success ? [] : toIssues(parsed.error);
	if (!context || !isPlainObject(answers)) {
		return mergeIssues(schemaIssues);
	}
	const { rules, generic } = municipalIssues(def, answers, context);
	return mergeIssues(schemaIssues, rules, generic);
}

/**
 * Each shown step's status for a GOV.UK task list: completed when it has nothing to fix and
 * the person has been through it (answered something in it, or pressed "continue" on it:
 * `visited`), not started while nothing in it is answered, in progress otherwise. Without
 * `visited`, a step of optional fields only counts as completed at once (the server's view:
 * there is nothing the person must do there); the form passes the steps this device has
 * seen, so such a step stays "not started" until the person has looked at it.
 */
export function taskList<S>(
	def: EServiceDefinition<S>,
	answers: Answers,
	context: MunicipalContext<S> | null,
	visited?: ReadonlySet<string>
): { step: StepDef; status: TaskStatus; issues: Issue[] }[] {
	const safe = isPlainObject(answers) ? answers : {};
	const shown = shownFieldNames(def, safe);
	return visibleSteps(def as EServiceDefinition<unknown>, safe).map((step) => {
		const issues = validateStep(def, step.id, safe, context, 'submit');
		const answered = step.fields.some(
			(f) => shown.has(f.name) && Object.hasOwn(safe, f.name) && !isEmptyAnswer(safe[f.name])
		);
		const seen = answered || !visited || visited.has(step.id);
		const status: TaskStatus =
			issues.length === 0 && seen ? 'completed' : answered ? 'inProgress' : 'notStarted';
		return { step, status, issues };
	});
}
