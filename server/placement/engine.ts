/**
 * The placement engine as the server's runs call it: the pure engine of
 * src/lib/domain/placement (deferred acceptance, its verification, the seed's commitment and
 * draws). One import point, so a run, its replay and the explanations use the same code.
 */
export { compareKeys, place } from '../../src/lib/domain/placement/index';
export {
	drawFor,
	newSeed,
	offerDeadline as engineOfferDeadline,
	seedCommitment,
	verify,
	zPlacementInput
} from '../../src/lib/domain/placement/index';
