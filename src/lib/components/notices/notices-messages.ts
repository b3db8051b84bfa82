/** Texts of the in-app notices (Latvian first); merged into src/lib/i18n/messages.ts. */
export const noticesLv = {
	'notices.title': 'Paziņojumi',
	'notices.unread': '{count} nelasīti',
	'notices.new': 'Jauns',
	'notices.empty': 'Paziņojumu vēl nav.',
	'notices.markAll': 'Atzīmēt visus kā izlasītus',
	'notices.more': 'Rādīt vairāk',
	'notices.loadFailed':
		'Paziņojumus neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
	'notices.retry': 'Mēģināt vēlreiz',
	'notices.kind.application-submitted': 'Pieteikums {ref} saņemts',
	'notices.kind.information-requested': 'Pieteikumam {ref} pieprasīta papildu informācija',
	'notices.kind.information-provided': 'Pieteikumam {ref} sniegta papildu informācija',
	'notices.kind.decision-made.approved': 'Lēmums par pieteikumu {ref}: apstiprināts',
	'notices.kind.decision-made.refused': 'Lēmums par pieteikumu {ref}: atteikts',
	'notices.kind.status-changed': 'Pieteikums {ref}: {state}',
	'notices.kind.inspection-assigned': 'Jauna pārbaude ({ref}): {state}'
};

export const noticesEn: Record<keyof typeof noticesLv, string> = {
	'notices.title': 'Notices',
	'notices.unread': '{count} unread',
	'notices.new': 'New',
	'notices.empty': 'No notices yet.',
	'notices.markAll': 'Mark all as read',
	'notices.more': 'Show more',
	'notices.loadFailed': 'The notices could not be loaded. Check the connection and try again.',
	'notices.retry': 'Try again',
	'notices.kind.application-submitted': 'Application {ref} received',
	'notices.kind.information-requested': 'More information requested for application {ref}',
	'notices.kind.information-provided': 'More information provided for application {ref}',
	'notices.kind.decision-made.approved': 'Decision on application {ref}: approved',
	'notices.kind.decision-made.refused': 'Decision on application {ref}: refused',
	'notices.kind.status-changed': 'Application {ref}: {state}',
	'notices.kind.inspection-assigned': 'New inspection ({ref}): {state}'
};
