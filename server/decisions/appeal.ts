/**
 * How to contest a municipal decision (Administrative Procedure Law, Art. 76(2) and 79(1)):
 * to the municipality's council within one month of the day it takes effect. `council` names
 * it in the case the sentence needs ("Rīgas domē", ./municipality-names.ts); the wording is
 * the platform's, a municipality's own text would replace it.
 */
export function appealNotice(council: string, lang: 'lv' | 'en'): string {
	return lang === 'lv'
		? `Šo lēmumu var apstrīdēt ${council} viena mēneša laikā no tā spēkā stāšanās dienas (Administratīvā procesa likuma 76. panta otrā daļa un 79. panta pirmā daļa).`
		: `This decision may be contested at ${council} within one month of the day it takes effect (Administrative Procedure Law, Section 76(2) and Section 79(1)).`;
}

export { maskedCode } from '../../src/lib/domain/masked-code';
