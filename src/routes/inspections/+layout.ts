import { locale } from '$lib/i18n/locale.svelte';

// Staff-only texts are a chunk of their own (decision 0018): here before this part renders.
export const load = async (): Promise<Record<string, never>> => {
	await locale.loadStaff();
	return {};
};
