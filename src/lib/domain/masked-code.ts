/**
 * A personal code as someone other than its holder may see it: the first six digits (the
 * birth date of an old-form code), the rest hidden, e.g. "150385-*****". Used for a grantor
 * shown to their delegate and for the applicant printed on a decision.
 */
export function maskedCode(code: string): string {
	return /^\d{6}-\d{5}$/.test(code) ? `${code.slice(0, 7)}*****` : code;
}
