import { describe, expect, it } from 'vitest';
import {
	actingForForAudit,
	mapIdentifier,
	mapIdentity
} from '../../server/identity/latvija/identifiers';
import { isValidRegistrationNumber } from '../../src/lib/domain/registration-number';

describe('mapIdentifier', () => {
	it('maps a resident acting for themselves, in either code form', () => {
		expect(mapIdentifier('PK:15038512346')).toEqual({
			personalCode: '150385-12346',
			actingFor: null
		});
		expect(mapIdentifier('PK:150385-12346')?.personalCode).toBe('150385-12346');
		expect(mapIdentifier('PK:32987654321')?.personalCode).toBe('329876-54321');
	});

	it('maps a company signatory to acting for the company', () => {
		expect(mapIdentifier('PK:12058112346-UR:40203123456')).toEqual({
			personalCode: '120581-12346',
			actingFor: { kind: 'company', registrationNumber: '40203123456' }
		});
	});

	it('maps institution staff to acting for the institution', () => {
		expect(mapIdentifier('AU:90000012345-PK:09048812341')).toEqual({
			personalCode: '090488-12341',
			actingFor: { kind: 'institution', institution: '90000012345' }
		});
	});

	it('maps delegated authority to the grantor: a person, a company or an institution', () => {
		expect(mapIdentifier('DP:15038512346-PK:02079012345')).toEqual({
			personalCode: '020790-12345',
			actingFor: { kind: 'person', personalCode: '150385-12346' }
		});
		expect(mapIdentifier('DP:40203123456-PK:02079012345')?.actingFor).toEqual({
			kind: 'company',
			registrationNumber: '40203123456'
		});
		expect(mapIdentifier('DP:100001-PK:02079012345')?.actingFor).toEqual({
			kind: 'institution',
			institution: '100001'
		});
	});

	it('refuses anything that does not name one valid person', () => {
		for (const garbage of [
			'',
			'PK:',
			'PK:15038512345', // wrong check digit
			'PK:15038512346-UR:40203123457', // wrong registration checksum
			'AU:100001', // a system, not a person
			'someone@inbox.lv',
			'pk:15038512346',
			'PK:15038512346 PK:02079012345',
			'PK:15038512346-UR:40203123456-UR:40203123456',
			'DP:-PK:02079012345',
			'X'.repeat(10_000)
		]) {
			expect(mapIdentifier(garbage), garbage).toBeNull();
		}
	});
});

describe('mapIdentity (the claims as Latvija.lv sends them)', () => {
	const claims = (identifier: string, nameIdentifier: string | null, earlier: string[] = []) => ({
		identifier,
		nameIdentifier,
		earlierIdentifiers: earlier
	});

	it('accepts the bare code in the claim, with PK: only in the NameIdentifier (21)', () => {
		expect(mapIdentity(claims('32345678901', 'PK:32345678901'))).toEqual({
			personalCode: '323456-78901',
			actingFor: null,
			earlierCodes: []
		});
		expect(mapIdentity(claims('15038512346', null))?.personalCode).toBe('150385-12346');
	});

	it('takes acting-for from the NameIdentifier when its code is the claimed one', () => {
		expect(mapIdentity(claims('12058112346', 'PK:12058112346-UR:40203123456'))).toEqual({
			personalCode: '120581-12346',
			actingFor: { kind: 'company', registrationNumber: '40203123456' },
			earlierCodes: []
		});
		// A NameIdentifier naming someone else, or no person at all, is not believed.
		expect(mapIdentity(claims('12058112346', 'PK:15038512346'))).toBeNull();
		expect(mapIdentity(claims('12058112346', 'AU:100001'))).toBeNull();
	});

	it('still accepts the prefixed claim as before', () => {
		expect(mapIdentity(claims('PK:15038512346', 'PK:15038512346'))?.personalCode).toBe(
			'150385-12346'
		);
	});

	it('keeps valid earlier codes, normalised, without the current one or repeats (22)', () => {
		const mapped = mapIdentity(
			claims('32345678901', 'PK:32345678901', [
				'15038512346',
				'PK:150385-12346',
				'12345678901', // not a valid code: cannot name anyone
				'32345678901'
			])
		);
		expect(mapped?.earlierCodes).toEqual(['150385-12346']);
	});
});

describe('registration numbers and the audit view', () => {
	it('checks the Register of Enterprises checksum', () => {
		expect(isValidRegistrationNumber('40203123456')).toBe(true);
		expect(isValidRegistrationNumber('40203123457')).toBe(false);
		expect(isValidRegistrationNumber('4020312345')).toBe(false);
	});

	it('never puts a grantor personal code into the audit details', () => {
		expect(actingForForAudit({ kind: 'person', personalCode: '150385-12346' })).toEqual({
			kind: 'person'
		});
		expect(actingForForAudit({ kind: 'company', registrationNumber: '40203123456' })).toEqual({
			kind: 'company',
			registrationNumber: '40203123456'
		});
	});
});
