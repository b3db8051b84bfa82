/**
 * The placement engine (issue 16, docs/placement.md): pure functions over the contract, used
 * by the server's runs and by the browser's explanations alike.
 */
export * from './contract';
export { place } from './deferred-acceptance';
export { verify } from './verify';
export { compareKeys, NO_KEY_GETS_IN } from './keys';
export { activeChoices } from './choices';
export { FACTS, INSTITUTION_FACTS, zFact, isFactName, factOn } from './facts';
export type { Fact, FactName, FactKind } from './facts';
export { zRuleSet, zPredicate, TIE_BREAKS } from './rule-set';
export type { RuleSet, RuleSetInput, Predicate, FactTest, TieBreak } from './rule-set';
export { buildKeys, evaluate, groupOf, MISSING } from './rules';
export type { RankedEntry, KeyEvidence, ApplicantEvidence, BuiltKeys } from './rules';
export { zSeed, newSeed, seedCommitment, seedMatches, drawFor } from './seed';
export type { Seed } from './seed';
export { explain, publication, NO_GROUP } from './explain';
export type {
	ChoiceReason,
	ChoiceExplanation,
	EntryExplanation,
	ProgrammePublication
} from './explain';
export {
	offerDeadline,
	hasExpired,
	rigaInstant,
	zResponseWindow,
	REMINDER_HOUR
} from './offer-deadline';
export type { OfferDeadline, ResponseWindow } from './offer-deadline';
export { zPlacementInput } from './input-schema';
