import type { z } from 'zod';

export type LocalizedText = { lv: string; en: string };

/** Facts about a municipality that a service's rules need (supplied by the server or cache). */
export interface MunicipalContext {
	institutionIds: ReadonlySet<string>;
	/** Today in Latvia (Europe/Riga), as YYYY-MM-DD. */
	today: string;
}

/**
 * An e-service, as the platform sees it: sync, storage and queues know nothing more. The
 * full definition (steps, field kinds, workflow) grows in its own issue; this is the part
 * the foundation needs.
 */
export interface EServiceDefinition {
	id: string;
	title: LocalizedText;
	/** Each field optional; a value, when present, must have the right shape. */
	draftSchema: z.ZodType<Record<string, unknown>>;
	/** The complete application, checked at submission. */
	submitSchema: z.ZodType<Record<string, unknown>>;
	/** Rules that need municipal data; returns issues keyed like the schemas' paths. */
	checkMunicipalRules(
		fields: Record<string, unknown>,
		context: MunicipalContext
	): { path: string; message: string }[];
	/** A one-line summary for lists and queues. */
	summary(fields: Record<string, unknown>): string;
}
