import { setNoticeLanguage, unreadCount } from '$lib/client/queries/notices';
import { locale } from '$lib/i18n/locale.svelte';

/**
 * The signed-in person's unread notice count, shared by the header badge and the notices
 * page (marking read there lowers the badge at once). Offline, it keeps the last count.
 */
class UnreadNotices {
	count = $state(0);
	/** The language last told to the server, so a switch is sent once. */
	private sentLang: string | null = null;

	async refresh(): Promise<void> {
		try {
			this.count = await unreadCount();
		} catch {
			// Offline or signed out: the badge keeps what it showed.
		}
	}

	/** Emails are written in the language the person uses here: tell the server when it changes. */
	async syncLanguage(): Promise<void> {
		const lang = locale.lang;
		if (lang === this.sentLang) {
			return;
		}
		try {
			await setNoticeLanguage(lang);
			this.sentLang = lang;
		} catch {
			// Offline: sent again at the next change or page load.
		}
	}
}

export const unreadNotices = new UnreadNotices();
