import { locale } from '$lib/i18n/locale.svelte';

// Pages render in the browser only: the same shell serves every URL offline, and drafts
// come from IndexedDB, which the server cannot see.
export const ssr = false;

// The saved language's texts before the first render (English is a chunk of its own,
// decision 0018): the page never shows a key or flashes Latvian first.
export const load = async (): Promise<Record<string, never>> => {
	await locale.ready();
	return {};
};
