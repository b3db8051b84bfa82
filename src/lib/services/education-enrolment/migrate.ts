import type { Answers, InstitutionFact } from '../types';
import { F, INSTITUTION_KIND } from './fields';

/** The one-page form's fields that carry over under the same name and meaning. */
const KEPT = [F.childGivenName, F.childSurname, F.childPersonalCode, F.startDate] as const;

/**
 * A draft of the one-page form (childGivenName, childSurname, childPersonalCode,
 * institutionId, startDate) as answers of the complete definition. Four fields keep their
 * names; the one institution becomes the first (and only) ranked choice; when the reference
 * data says what kind it is, a pre-school institution sets the level to pre-school (a
 * school could be any grade, so the level is then left for the family). Nothing typed is
 * lost: an unknown institution id stays a choice, for the rules to point at.
 */
export function migrateOnePageDraft(
	old: Answers,
	institutions: readonly InstitutionFact[] = []
): Answers {
	const next: Answers = {};
	for (const name of KEPT) {
		if (typeof old[name] === 'string') {
			next[name] = old[name];
		}
	}
	const institutionId = old.institutionId;
	if (typeof institutionId === 'string' && institutionId.trim() !== '') {
		next[F.institutionChoices] = [institutionId];
		const kind = institutions.find((i) => i.id === institutionId)?.kind;
		if (kind === INSTITUTION_KIND.preschool) {
			next[F.level] = 'preschool';
		}
	}
	return next;
}

/** Whether stored answers are of the one-page form (they name `institutionId`). */
export function isOnePageDraft(answers: Answers): boolean {
	return Object.hasOwn(answers, 'institutionId');
}
