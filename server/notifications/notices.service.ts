import type { z } from 'zod';
import type { zListNoticesInput } from '../../src/lib/domain/notices';
import { zNoticeKind, type Notice, type NoticePage } from '../../src/lib/domain/notices';
import type { DbOrTx } from '../db/client.server';
import type { notification } from '../db/schema/notification';
import { people } from '../identity/people.service';
import { notificationsRepo } from './notifications.repo';

/** The person's own notices only: every query here is keyed by their id. */

type Row = typeof notification.$inferSelect;
type Localized = { lv: string; en: string };

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const localized = (v: unknown): Localized => {
	const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
	return { lv: text(o.lv), en: text(o.en) };
};

/** The link's path on this site: the app opens it in place, whatever origin the email named. */
function pathOf(link: unknown): string | null {
	try {
		return new URL(text(link)).pathname;
	} catch {
		return null;
	}
}

function toNotice(row: Row): Notice | null {
	const kind = zNoticeKind.safeParse(row.kind);
	if (!kind.success) {
		return null;
	}
	const p = row.payload;
	return {
		id: row.id,
		kind: kind.data,
		applicationRef: text(p.applicationRef),
		municipalityName: localized(p.municipalityName),
		serviceTitle: localized(p.serviceTitle),
		path: pathOf(p.link),
		outcome: p.outcome === 'approved' || p.outcome === 'refused' ? p.outcome : null,
		state: p.state === undefined ? null : localized(p.state),
		createdAt: row.createdAt,
		read: row.readAt !== null
	};
}

export function listNotices(
	db: DbOrTx,
	personId: string,
	input: z.output<typeof zListNoticesInput>
): NoticePage {
	const rows = notificationsRepo.pageOf(db, personId, input.before, input.limit);
	const page = rows.slice(0, input.limit);
	const last = page.at(-1);
	return {
		items: page.map(toNotice).filter((n): n is Notice => n !== null),
		next: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null
	};
}

export function unreadCount(db: DbOrTx, personId: string): number {
	return notificationsRepo.unreadCount(db, personId);
}

/** Marks notices read (ids not the person's are left alone); returns how many changed. */
export function markRead(
	db: DbOrTx,
	personId: string,
	which: { ids: string[] } | { all: true },
	now: number
): number {
	return notificationsRepo.markRead(db, personId, 'ids' in which ? which.ids : null, now);
}

export function setLanguage(db: DbOrTx, personId: string, lang: 'lv' | 'en'): void {
	people.setLang(db, personId, lang);
}
