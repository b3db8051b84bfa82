import { normalizePersonalCode } from '../../domain/personal-code';
import type { Answers } from '../types';
import { F, levelOf, listOf, textOf } from './fields';

/**
 * What officers filter enrolments by: each institution chosen (any rank), each priority
 * ground claimed and the level; the queue's search also finds the child by names and
 * personal code (the platform adds the applicant's own).
 */
export function enrolmentFacets(answers: Answers): Record<string, string[]> {
	const level = levelOf(answers);
	return {
		institution: listOf(answers[F.institutionChoices]),
		priorityGround: listOf(answers[F.priorityGrounds]),
		level: level ? [level] : [],
		search: [
			textOf(answers[F.childGivenName]),
			textOf(answers[F.childSurname]),
			// Typed with spaces, the code is still found as officers write it (DDMMYY-NNNNN).
			normalizePersonalCode(textOf(answers[F.childPersonalCode])) ??
				textOf(answers[F.childPersonalCode])
		].filter((word) => word !== '')
	};
}
