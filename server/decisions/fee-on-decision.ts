import type { FeeQuote } from '../../src/lib/services/types';

const EURO = new Intl.NumberFormat('lv-LV', { style: 'currency', currency: 'EUR' });

/**
 * The fee block of a permit decision: the amount as Latvian documents write it ("12,00 €"),
 * the recipient and account the municipality set for the service (left out while unset), and
 * the decision number as the payment reference, so the payment can be matched to it.
 */
export function feeOnDecision(
	quote: FeeQuote,
	decisionNumber: string
): { amount: string; recipient?: string; iban?: string; reference: string } {
	return {
		amount: EURO.format(quote.totalCents / 100),
		...(quote.payTo ? { recipient: quote.payTo.recipient, iban: quote.payTo.iban } : {}),
		reference: decisionNumber
	};
}
