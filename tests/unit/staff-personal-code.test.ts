import { describe, expect, it } from 'vitest';
import { toIssues } from '../../src/lib/domain/issues';
import { zGrantStaffRoleInput } from '../../src/lib/domain/staff';

const grant = (personalCode: string) => {
	const parsed = zGrantStaffRoleInput.safeParse({
		municipalityId: 'riga',
		personalCode,
		givenName: 'Ilze',
		surname: 'Kalniņa',
		role: 'officer',
		service: null
	});
	return parsed.success ? [] : toIssues(parsed.error).filter((i) => i.path === 'personalCode');
};

describe('a staff member’s personal code in the admin form', () => {
	it('says the date part is wrong when it is, not that 11 digits are missing', () => {
		// 31 February: 11 digits, the date part is what is wrong.
		expect(grant('310299-12345')).toEqual([{ path: 'personalCode', message: 'personalCode.date' }]);
	});

	it('says a wrong check digit is one, and a short code is short', () => {
		expect(grant('010190-12340')).toEqual([
			{ path: 'personalCode', message: 'personalCode.checksum' }
		]);
		expect(grant('0101901234')).toEqual([{ path: 'personalCode', message: 'personalCode.format' }]);
	});

	it('takes a valid code and writes it with the hyphen', () => {
		const parsed = zGrantStaffRoleInput.parse({
			municipalityId: 'riga',
			personalCode: '32123456789',
			givenName: 'Ilze',
			surname: 'Kalniņa',
			role: 'officer',
			service: null
		});
		expect(parsed.personalCode).toBe('321234-56789');
	});
});
