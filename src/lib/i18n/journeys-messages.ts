/**
 * Ways out of a refused change, and what was kept of it (Latvian first). Kept apart from
 * messages.ts so each part of the UI owns its block; merged there.
 */
export const journeysLv = {
	'refusal.wayOut': 'Izlabojiet un sūtiet vēlreiz vai atmetiet šīs izmaiņas.',
	'refusal.resend': 'Sūtīt vēlreiz',
	'refusal.discard': 'Atmest',
	'refusal.keptAnswer': 'Jūsu atbilde, saglabāta šajā ierīcē',
	'refusal.keptFile': 'Fails: {name}',
	'refusal.beside': 'Nepieciešama jūsu rīcība: serveris nepieņēma izmaiņas ({count}).',
	'information.refused':
		'Serveris nepieņēma šo atbildi. Tā ir saglabāta; pārbaudiet un sūtiet vēlreiz.',
	'information.fileNames': 'Pievienotie faili'
} as const;

export const journeysEn: Record<keyof typeof journeysLv, string> = {
	'refusal.wayOut': 'Correct them and send again, or discard these changes.',
	'refusal.resend': 'Send again',
	'refusal.discard': 'Discard',
	'refusal.keptAnswer': 'Your answer, kept on this device',
	'refusal.keptFile': 'File: {name}',
	'refusal.beside': 'Needs your attention: the server did not accept changes ({count}).',
	'information.refused':
		'The server did not accept this answer. It is kept; check it and send again.',
	'information.fileNames': 'Files added'
};
