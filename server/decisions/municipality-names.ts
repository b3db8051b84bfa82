import type { MunicipalityRow as Municipality } from '../tenants/tenants.service';

type MunicipalityRow = Pick<
	Municipality,
	'nameLv' | 'nameEn' | 'nameLvGenitive' | 'officialNameLv'
>;

/** The header of a document: the authority's official name, else its plain name. */
export function documentHeaderName(m: MunicipalityRow, lang: 'lv' | 'en'): string {
	return lang === 'lv' ? (m.officialNameLv ?? m.nameLv) : m.nameEn;
}

/**
 * Where a decision is contested, as the appeal notice names it: "Rīgas domē" needs the
 * genitive, which a municipality added before the forms were kept does not have; then the
 * notice says "pašvaldības domē", which needs none, rather than a wrong "Rīga domē".
 */
export function councilOf(m: MunicipalityRow, lang: 'lv' | 'en'): string {
	if (lang === 'en') {
		return `the council of ${m.nameEn}`;
	}
	return m.nameLvGenitive ? `${m.nameLvGenitive} domē` : 'pašvaldības domē';
}
