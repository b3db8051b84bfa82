import type { Lang } from '../../i18n/locale.svelte';
import type { NoticePage } from '../../domain/notices';
import { trpc } from '../trpc';

/** The signed-in person's notices (online only; callers keep what they showed when offline). */

export function noticePage(before: NoticePage['next'] | undefined): Promise<NoticePage> {
	return trpc.notices.list.query({ limit: 20, before: before ?? undefined });
}

export async function markAllRead(): Promise<void> {
	await trpc.notices.markRead.mutate({ all: true });
}

export async function markRead(ids: string[]): Promise<void> {
	await trpc.notices.markRead.mutate({ ids });
}

export async function unreadCount(): Promise<number> {
	return (await trpc.notices.unreadCount.query()).count;
}

/** Emails are written in the language the person uses here. */
export async function setNoticeLanguage(lang: Lang): Promise<void> {
	await trpc.notices.setLanguage.mutate({ lang });
}
