import { onMount } from 'svelte';
import type { InspectionForm } from '$lib/client/inspections/form-state.svelte';

/**
 * Opens an inspection form's draft when the component mounts and closes it when it goes,
 * also when it goes before the draft has opened (the page moved on at once).
 */
export function openWhileMounted(form: InspectionForm): void {
	onMount(() => {
		let cleanup: (() => void) | null = null;
		let gone = false;
		void form.open().then((c) => (gone ? c() : (cleanup = c)));
		return () => {
			gone = true;
			cleanup?.();
		};
	});
}
