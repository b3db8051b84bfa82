/**
 * Which steps and fields are shown for some answers. A field is shown when its step's and
 * its own `showWhen` hold. Conditions may read other fields, and those may be hidden too:
 * a hidden field's value must not keep another field shown, so visibility is worked out on
 * the answers without hidden fields, repeated until nothing changes (see `withoutHidden`).
 */
import type { Answers, EServiceDefinition, FieldDef, StepDef } from '../types';

type Condition = ((answers: Answers) => boolean) | undefined;

/**
 * Whether a condition holds. One that throws on odd answers counts as holding: the field is
 * then asked and checked, never silently skipped at submission.
 */
export function holds(condition: Condition, answers: Answers): boolean {
	if (!condition) {
		return true;
	}
	try {
		return Boolean(condition(answers));
	} catch {
		return true;
	}
}

export function allFields(def: EServiceDefinition<unknown>): FieldDef[] {
	return def.steps.flatMap((step) => step.fields);
}

/** Names of the fields a literal reading of the conditions hides for these answers. */
function hiddenNames(def: EServiceDefinition<unknown>, answers: Answers): Set<string> {
	const hidden = new Set<string>();
	for (const step of def.steps) {
		const stepShown = holds(step.showWhen, answers);
		for (const field of step.fields) {
			if (!stepShown || !holds(field.showWhen, answers)) {
				hidden.add(field.name);
			}
		}
	}
	return hidden;
}

function omit(answers: Answers, names: ReadonlySet<string>): Answers {
	// fromEntries defines own properties, so even a "__proto__" key stays plain data.
	return Object.fromEntries(Object.entries(answers).filter(([key]) => !names.has(key)));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * The answers without those of hidden fields (called before submit; keys that are not
 * fields stay, for the schema to refuse). Idempotent: the result hides nothing it keeps.
 */
export function withoutHidden(def: EServiceDefinition<unknown>, answers: Answers): Answers {
	let hidden = hiddenNames(def, answers);
	// Each round re-reads the conditions without the values hidden in the round before;
	// sensible definitions settle in a round or two, and the bound stops circular ones.
	const rounds = def.steps.reduce((n, s) => n + s.fields.length, 0) + 2;
	for (let round = 0; round < rounds; round++) {
		const next = omit(answers, hidden);
		const nextHidden = hiddenNames(def, next);
		if (sameSet(nextHidden, hidden)) {
			return next;
		}
		hidden = nextHidden;
	}
	return omit(answers, hidden);
}

/** Names of the fields shown for these answers. */
export function shownFieldNames(def: EServiceDefinition<unknown>, answers: Answers): Set<string> {
	const hidden = hiddenNames(def, withoutHidden(def, answers));
	return new Set(
		allFields(def)
			.map((f) => f.name)
			.filter((name) => !hidden.has(name))
	);
}

/** Steps shown for these answers, in order. */
export function visibleSteps(def: EServiceDefinition<unknown>, answers: Answers): StepDef[] {
	const shown = withoutHidden(def, answers);
	return def.steps.filter((step) => holds(step.showWhen, shown));
}

/**
 * Fields of a step shown for these answers. When conditions read fields that may be hidden
 * themselves, pass `withoutHidden(def, answers)` to agree with validation.
 */
export function visibleFields(step: StepDef, answers: Answers): FieldDef[] {
	if (!holds(step.showWhen, answers)) {
		return [];
	}
	return step.fields.filter((field) => holds(field.showWhen, answers));
}
