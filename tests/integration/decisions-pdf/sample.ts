import type { DecisionPdfInput } from '../../../server/decisions/pdf/decision-input';

/** Every Latvian letter with a diacritic, lower and upper case. */
export const LV_LOWER = 'āčēģīķļņšūž';
export const LV_UPPER = 'ĀČĒĢĪĶĻŅŠŪŽ';

/** An approved advertising permit, in Latvian, with names full of diacritics. */
export function sampleDecision(over: Partial<DecisionPdfInput> = {}): DecisionPdfInput {
	return {
		lang: 'lv',
		municipality: { name: 'Ādažu novada pašvaldība', address: 'Gaujas iela 33A, Ādaži, LV-2164' },
		serviceTitle: 'Atļauja reklāmas izvietošanai',
		kind: 'approved',
		number: 'ĀND/2025/17',
		date: '2025-03-03',
		applicant: { name: 'Ķēniņš Žūriņš-Čakste', code: '010190-*****' },
		application: { reference: 'K-2025-000123', submittedOn: '2025-02-20' },
		paragraphs: [
			`Burti: ${LV_LOWER} ${LV_UPPER}.`,
			'Reklāmu izvieto tikai saskaņotajā vietā; pēc termiņa beigām to novāc septiņu dienu laikā.'
		],
		permit: {
			number: 'R-2025-017',
			validFrom: '2025-03-10',
			validTo: '2025-09-10',
			location: 'Rīgas gatve 5, Ādaži, pie ēkas fasādes'
		},
		officer: { name: 'Līga Bērziņa', position: 'Būvvaldes vadītāja' },
		appealNotice:
			'Šo lēmumu var apstrīdēt viena mēneša laikā no tā spēkā stāšanās dienas Ādažu novada pašvaldības domē.',
		...over
	};
}

/** A refusal in English for the same application. */
export function sampleRefusal(over: Partial<DecisionPdfInput> = {}): DecisionPdfInput {
	const base = sampleDecision({
		lang: 'en',
		kind: 'refused',
		permit: undefined,
		paragraphs: ['The proposed location is within the protection zone of a cultural monument.'],
		appealNotice:
			'This decision may be contested within one month of its entry into force at the Council of Ādaži Municipality.'
	});
	return { ...base, ...over };
}
