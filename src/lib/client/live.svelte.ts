import { liveQuery } from 'dexie';

/**
 * The current result of a Dexie query, kept up to date across tabs. Create it during
 * component initialisation; `deps` names the reactive values the query reads.
 */
export class Live<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(null);

	constructor(query: () => Promise<T>, deps: () => unknown = () => undefined) {
		$effect(() => {
			deps();
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.current = value;
				},
				error: (error: unknown) => {
					this.error = error;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
