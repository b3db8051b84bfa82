import { z } from 'zod';
import type { PlacementInput } from './contract';

/**
 * The engine's input as it arrives from a stored snapshot or another process: checked before
 * a run (issue 16 "a run over bad data stops before publishing"), since `place` throws on
 * duplicate ids and trusts the rest. Limits are far above any municipality's intake.
 */
const zId = z.string().min(1).max(100);
const zKey = z.array(z.number().finite()).min(1).max(16);

export const zPlacementInput = z
	.strictObject({
		programmes: z
			.array(z.strictObject({ id: zId, seats: z.number().int().min(0).max(1_000_000) }))
			.max(100_000),
		applicants: z
			.array(
				z.strictObject({
					id: zId,
					choices: z.array(zId).max(100),
					keys: z.record(zId, zKey),
					held: zId.optional()
				})
			)
			.max(2_000_000)
	})
	.superRefine((input, ctx) => {
		const programmes = new Set<string>();
		input.programmes.forEach((programme, i) => {
			if (programmes.has(programme.id)) {
				ctx.addIssue({
					code: 'custom',
					message: 'placementEngine.duplicateProgramme',
					path: ['programmes', i, 'id']
				});
			}
			programmes.add(programme.id);
		});
		const applicants = new Set<string>();
		input.applicants.forEach((applicant, i) => {
			if (applicants.has(applicant.id)) {
				ctx.addIssue({
					code: 'custom',
					message: 'placementEngine.duplicateApplicant',
					path: ['applicants', i, 'id']
				});
			}
			applicants.add(applicant.id);
			if (new Set(applicant.choices).size !== applicant.choices.length) {
				ctx.addIssue({
					code: 'custom',
					message: 'placementEngine.duplicateChoice',
					path: ['applicants', i, 'choices']
				});
			}
			if (applicant.held !== undefined && !programmes.has(applicant.held)) {
				ctx.addIssue({
					code: 'custom',
					message: 'placementEngine.unknownHeld',
					path: ['applicants', i, 'held']
				});
			}
		});
	}) satisfies z.ZodType<PlacementInput>;
