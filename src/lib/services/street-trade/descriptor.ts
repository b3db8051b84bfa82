import type { ServiceDescriptor } from '../types';
import { streetTradeEn, streetTradeLv } from './catalogue';
import { STREET_TRADE } from './id';
import { tradeWorkflow } from './workflow';

/** The light part of the service (types.ts ServiceDescriptor); its definition spreads it. */
export const tradeDescriptor = {
	id: STREET_TRADE,
	title: { lv: 'Ielu tirdzniecības atļauja', en: 'Street trade permit' },
	workflow: tradeWorkflow,
	messages: { lv: streetTradeLv, en: streetTradeEn }
} satisfies ServiceDescriptor;
