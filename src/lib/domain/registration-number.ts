/**
 * Registration numbers of the Latvian Register of Enterprises (reģistrācijas numurs): 11
 * digits whose weighted sum, with weights 9 1 4 8 3 10 2 5 7 6 1, leaves 3 when divided by 11.
 */

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

export function isValidRegistrationNumber(input: string): boolean {
	if (!/^\d{11}$/.test(input)) {
		return false;
	}
	let sum = 0;
	for (let i = 0; i < 11; i++) {
		sum += Number(input[i]) * (WEIGHTS[i] ?? 0);
	}
	return sum % 11 === 3;
}
