import type { MutatorEntries } from '../kernel/mutation';
import { respondToOffer } from './offers.service';

/** The family's answer to an offer, as a sync mutation so that it works offline. */
export const placementMutators: MutatorEntries<'offer.respond'> = {
	'offer.respond': respondToOffer
};
