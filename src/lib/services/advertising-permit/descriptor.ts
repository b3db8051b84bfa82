import type { ServiceDescriptor } from '../types';
import { permitEn, permitLv } from './advertising-messages';
import { ADVERTISING_PERMIT } from './id';
import { permitWorkflow } from './workflow';

/** The light part of the service (types.ts ServiceDescriptor); its definition spreads it. */
export const permitDescriptor = {
	id: ADVERTISING_PERMIT,
	title: {
		lv: 'Atļauja reklāmas vai izkārtnes izvietošanai',
		en: 'Permit to place advertising or a sign'
	},
	workflow: permitWorkflow,
	messages: { lv: permitLv, en: permitEn }
} satisfies ServiceDescriptor;
