import type { Page } from '@playwright/test';

/** Reads one application as the page's own IndexedDB holds it (the person's Kopa database). */
export async function readLocalRecord(
	page: Page,
	personId: string,
	recordId: string
): Promise<{ status: string; submittedAt: number | null; fields: Record<string, unknown> } | null> {
	return page.evaluate(
		async ({ name, id }) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const get = open.result.transaction('records').objectStore('records').get(id);
					get.onsuccess = () => {
						resolve((get.result as never) ?? null);
						open.result.close();
					};
				};
			}),
		{ name: `kopa-${personId}`, id: recordId }
	);
}
