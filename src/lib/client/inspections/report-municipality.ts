/**
 * Which municipality a new report of an unpermitted ad is for. An inspector may work for
 * several (one installation serves many municipalities): then they choose, unless the
 * address names one of theirs or the report was already started for one (a draft keeps its
 * municipality, so a reload never moves it).
 */
export type ReportMunicipality =
	| { kind: 'none' }
	| { kind: 'choose'; options: string[] }
	| { kind: 'chosen'; municipalityId: string };

export function reportMunicipality(
	roles: readonly { role: string; municipalityId: string | null }[],
	asked: string | null,
	draftMunicipalityId: string | null
): ReportMunicipality {
	const mine = [
		...new Set(
			roles.flatMap((r) => (r.role === 'inspector' && r.municipalityId ? [r.municipalityId] : []))
		)
	];
	if (draftMunicipalityId) {
		return { kind: 'chosen', municipalityId: draftMunicipalityId };
	}
	if (asked && mine.includes(asked)) {
		return { kind: 'chosen', municipalityId: asked };
	}
	if (mine.length === 0) {
		return { kind: 'none' };
	}
	return mine.length === 1
		? { kind: 'chosen', municipalityId: mine[0] as string }
		: { kind: 'choose', options: mine };
}
