/**
 * Texts of the per-person limits (issue 15; server/kernel/limits.ts), Latvian first. Each
 * says what was kept, since nothing the person typed or chose is lost by a refusal.
 */
export const limitsLv = {
	'rejection.DRAFT_LIMIT':
		'Jums šajā pašvaldībā jau ir atļautais skaits neiesniegtu šī e-pakalpojuma pieteikumu. Iesniedziet kādu no tiem, pirms sākat jaunu. Jūsu ievadītais ir saglabāts šajā ierīcē.',
	'rejection.STORAGE_QUOTA':
		'Jūsu pievienoto failu kopējais apjoms sasniedzis atļauto robežu, tāpēc šo failu nevar pievienot. Fails ir saglabāts šajā ierīcē.'
};

export const limitsEn: Record<keyof typeof limitsLv, string> = {
	'rejection.DRAFT_LIMIT':
		'You already have as many unsubmitted applications for this e-service in this municipality as are allowed. Submit one of them before starting a new one. What you entered is kept on this device.',
	'rejection.STORAGE_QUOTA':
		'Your attached files have reached the total size allowed, so this file cannot be attached. The file is kept on this device.'
};
