import { z } from 'zod';

const zText = z.object({ lv: z.string(), en: z.string() });

/**
 * What an approval will issue, shown to the officer to confirm before the decision is made
 * (it cannot be taken back): the permit's kind, place and period, and the fee. `permit` is
 * null for a service that issues none; `fee` null when the service charges none.
 */
export const zDecisionPreview = z.object({
	/** The application's e-service: its register names the permit's kind. */
	service: z.string(),
	permit: z
		.object({
			kind: z.string(),
			location: z.string(),
			validFrom: z.string().nullable(),
			validTo: z.string().nullable()
		})
		.nullable(),
	fee: z
		.object({
			totalCents: z.number().int(),
			lines: z.array(z.object({ label: zText, amountCents: z.number().int(), formula: zText }))
		})
		.nullable()
});
export type DecisionPreview = z.infer<typeof zDecisionPreview>;
