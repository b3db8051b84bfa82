import type { z } from 'zod';
import type { Predicate } from '../domain/placement/rule-set';

export type LocalizedText = { lv: string; en: string };

/** An application's answers as stored and synced: one JSON value per field name. */
export type Answers = Record<string, unknown>;

/**
 * The kinds of field the generic form renderer knows. The stored value of each:
 * - text, longText, email, phone, personalCode, registrationNumber, date (YYYY-MM-DD),
 *   number (as typed, a decimal string), choice: a string ('' = not answered);
 * - multiChoice, rankedChoice: string[] (rankedChoice in order of preference);
 * - address: { text: string } (free text as the person writes it; a registry code later);
 * - mapPoint: { lat: number; lon: number } in WGS84 (LKS-92 is derived, never stored apart);
 * - file: string[] of attachment ids (the attachment rows say what each file is);
 * - consent: boolean (true = given).
 */
export type FieldKind =
	| 'text'
	| 'longText'
	| 'email'
	| 'phone'
	| 'number'
	| 'date'
	| 'choice'
	| 'multiChoice'
	| 'rankedChoice'
	| 'personalCode'
	| 'registrationNumber'
	| 'address'
	| 'mapPoint'
	| 'file'
	| 'consent';

export type ChoiceOption = { value: string; label: LocalizedText; hint?: LocalizedText };

/** Where a choice field's options come from. */
export type OptionSource =
	| { from: 'static'; options: readonly ChoiceOption[] }
	/** The municipality's institutions (reference data), optionally of some kinds only. */
	| { from: 'institutions'; kinds?: readonly string[] }
	/** A list in the municipality's settings for this service, e.g. 'priorityGroups'. */
	| { from: 'settings'; list: string };

export interface FieldDef {
	name: string;
	kind: FieldKind;
	label: LocalizedText;
	hint?: LocalizedText;
	/** Needed to submit (when shown). Conditional requirement: use `showWhen`. */
	required?: boolean;
	/** The field is asked, validated and kept only while this holds for the answers. */
	showWhen?: (answers: Answers) => boolean;
	options?: OptionSource;
	/** text kinds: maximum length (default 200; longText 2000). number: maximum value. */
	max?: number;
	/** number: minimum value. */
	min?: number;
	/** rankedChoice/multiChoice: at most this many; a number, or a settings key holding one. */
	maxItems?: number | { setting: string };
	/** file: accepted content types (by content, checked on both sides), and how many. */
	accept?: readonly ('pdf' | 'jpeg' | 'png' | 'heic')[];
	maxFiles?: number;
	/** autocomplete hint for the browser (WCAG 1.3.5). */
	autocomplete?: string;
	/**
	 * mapPoint: a settings key holding the municipality's territory, `{ ring: [lon, lat][] }`
	 * (or null), drawn on the plain map so the person sees where the point may go.
	 */
	area?: { setting: string };
}

/** One page of the form: one topic (GOV.UK "one thing per page"). */
export interface StepDef {
	id: string;
	title: LocalizedText;
	/** A short line under the title. */
	lead?: LocalizedText;
	fields: readonly FieldDef[];
	/** The whole step is skipped unless this holds. */
	showWhen?: (answers: Answers) => boolean;
}

/** What the municipality's permit register keeps of an approved application. */
export type PermitFacts = {
	kind: string;
	/** Who holds the permit (the company or the person), and their code as it may be shown. */
	holder: string;
	location: string;
	lat: number | null;
	lon: number | null;
	/** The period applied for (YYYY-MM-DD), the officer's default for the permit's validity. */
	validFrom: string | null;
	validTo: string | null;
	/**
	 * The service's own facts for the register's extra columns (`RegisterCapability.columns`),
	 * by column key, as shown (already formatted, Latvian as the register keeps it).
	 */
	details?: Readonly<Record<string, string>>;
};

/** A term in Latvian working days or in months (the calendar in src/lib/domain/calendar). */
export type ProcessingTerm = { workingDays: number } | { months: number };

/** A workflow state and the officer actions that lead out of it (issue 6 runs them). */
export interface WorkflowDef {
	states: readonly string[];
	/**
	 * `via`: the step is taken only through that platform area (an offer of a placement run,
	 * the family's answer to it), never as a bare step or button.
	 */
	transitions: readonly {
		from: string;
		to: string;
		action: string;
		by: 'citizen' | 'officer';
		via?: 'placement';
	}[];
	/** States in which the processing term's clock stops (information requested). */
	pauseStates?: readonly string[];
	/**
	 * States the applicant is told of when an officer moves the application there (a notice
	 * and an email). Requests and decisions have notices of their own.
	 */
	notifyApplicantOn?: readonly string[];
}

/** An institution as the rules and choice fields see it. */
export type InstitutionFact = { id: string; kind: string; name?: LocalizedText };

/**
 * On whose behalf the applicant acts, as the identity provider said (a company for a `UR:`
 * sign-in). The server supplies it from the session, so a rule can trust it.
 */
export type ApplicantFacts = {
	actingFor:
		| { kind: 'company'; registrationNumber: string }
		| { kind: 'institution'; institution: string }
		| { kind: 'person' }
		| null;
	/**
	 * Server only, under a power of attorney from a person: the grantor's Kopa person id (never
	 * their personal code). A new application is theirs; the delegate acts on it for them.
	 */
	grantorId?: string;
};

/** Facts about a municipality that a service's rules need (supplied by the server or cache). */
export interface MunicipalContext<S = unknown> {
	municipalityId: string;
	/** Who applies; absent where it is not known (e.g. officers' views). */
	applicant?: ApplicantFacts;
	institutionIds: ReadonlySet<string>;
	institutions?: readonly InstitutionFact[];
	/** This municipality's settings for the service, parsed by its settingsSchema. */
	settings?: S;
	/** Today in Latvia (Europe/Riga), as YYYY-MM-DD. */
	today: string;
}

export type Issue = { path: string; message: string; params?: Record<string, string | number> };

/** A fee with how it was worked out, in words a person can check. */
export type FeeQuote = {
	totalCents: number;
	lines: readonly { label: LocalizedText; amountCents: number; formula: LocalizedText }[];
	/** Where it is paid, from the municipality's settings; a decision prints it. */
	payTo?: { recipient: string; iban: string } | null;
};

// ---- Capabilities ------------------------------------------------------------------------
//
// An e-service is the set of capabilities its definition declares. Platform code never tests
// a service's id: it asks the registry (`servicesWith('inspection')`, `getService(id)?.register`)
// and works with whatever the service declared. See docs/adding-an-e-service.md.

/** A yes/no check an inspector answers on site: a short question and what to look at. */
export type InspectionCheck = { key: string; name: LocalizedText; hint: LocalizedText };

/** The checklist and position limits a task is made with (copied into the task). */
export type InspectionSetup = {
	checklist: string[];
	maxDistanceMetres: number;
	maxAccuracyMetres: number;
};

/** A row of the task's details on the inspector's device (`key` names it for tests and CSS). */
export type SubjectRow = { key: string; label: LocalizedText; value: string | null };

/**
 * Field inspection: inspectors check on site what the service permitted. The platform makes
 * tasks (by an officer, or periodically for the register's permits), copies `subject` and
 * `setup` into each task so the device works offline, and shows `checks` on the form.
 */
export interface InspectionCapability<S = unknown> {
	/** Every check the service knows, in the form's order. */
	checks: readonly InspectionCheck[];
	/** The checklist and limits this municipality's settings give a permit of `kind` now. */
	setup(settings: S, kind: string | null): InspectionSetup;
	/** How often issued permits are inspected, in months (0 = never); from the settings. */
	periodicMonths(settings: S): number;
	/** What the inspector checks, copied from the application when the task is made. */
	subject(answers: Answers): InspectionSubjectFacts;
	/** The subject as the device shows it, after the platform's number/holder/address rows. */
	subjectRows(subject: InspectionSubjectFacts, lang: 'lv' | 'en'): SubjectRow[];
	/** File fields of the form whose files the inspector takes along to compare with. */
	referenceFiles: readonly string[];
	/**
	 * Inspectors report objects found on site without a permit of this service (a report
	 * has no application; at most one registered service may say so).
	 */
	takesReports?: boolean;
}

/**
 * The subject copied into a task: the register's facts every service has, and the service's
 * own (a number, a text or null) under its own keys, shown by its `subjectRows`.
 */
export type InspectionSubjectFacts = {
	permitKind: string | null;
	holder: string;
	location: string;
	lat: number | null;
	lon: number | null;
	validFrom: string | null;
	validTo: string | null;
	[fact: string]: string | number | null;
};

/** A column of the register the service adds after the platform's (number, kind, holder …). */
export type RegisterColumn = { key: string; label: LocalizedText };

/**
 * A register of what the service issues: an approved application becomes a permit in the
 * municipality's register (the `permit` table), listed on the officers' register page.
 */
export interface RegisterCapability {
	/** What the register keeps of an approved application. */
	facts(answers: Answers): PermitFacts;
	/** The name of a permit kind (`PermitFacts.kind`), or null for a kind it does not know. */
	kindName(kind: string): LocalizedText | null;
	/** Extra columns, their values from `PermitFacts.details`. */
	columns?: readonly RegisterColumn[];
}

/** The decision document: its starting text and whom it names. */
export interface DecisionCapability {
	/** The text an officer's decision starts from, per outcome (Latvian paragraphs). */
	template(outcome: 'approved' | 'refused', fields: Answers): string[];
	/**
	 * The party the application is made for when it is not a person applying for themselves
	 * (a company: its name and registration number), as a decision names the applicant.
	 * Null or absent: the signed-in person, shown with their masked personal code.
	 */
	applicantParty?(fields: Answers): { name: string; code: string } | null;
}

/**
 * A column of the service's open data (issue 18 publishes them; declared only for now): a
 * stable machine name, a label, and its value from an approved application's answers.
 */
export type OpenDataColumn = {
	name: string;
	label: LocalizedText;
	value(answers: Answers): string | number | boolean | null;
};

/** The service's own catalogue entries (its rules' messages), Latvian and English. */
export type ServiceMessages = {
	lv: Readonly<Record<string, string>>;
	en: Readonly<Record<string, string>>;
};

/**
 * Answers stored in an older shape, rewritten at start (each as a new version, so every
 * device pulls the new shape): applications holding `legacyKey` are passed to `migrate`.
 */
export interface StoredAnswersUpgrade {
	legacyKey: string;
	migrate(answers: Answers, institutions: readonly InstitutionFact[]): Answers;
}

/** Limits for files attached to the service's applications (defaults: domain/attachments). */
export type ServiceAttachmentLimits = {
	maxBytes?: number;
	kinds?: readonly ('pdf' | 'jpeg' | 'png' | 'heic')[];
	maxFiles?: number;
};

/**
 * Texts of the service's own for notices and mails, by notice kind (`inspection-assigned`
 * …): a line the platform adds where a notice is about this service. Absent: the platform's.
 */
export type ServiceNotices = Readonly<Partial<Record<string, LocalizedText>>>;

/** A ranked choice as placement reads it: the institution, level and language wanted. */
export type PlacementChoice = { institutionId: string; level: string; language: string };

/**
 * A priority group the rules found for an application, with its evidence: what it rests on
 * (a claim with proof, the birth date, a commission decision) and as of which day.
 */
export type PlacementGroupEvidence = { group: string; source: string; asOf: string };

/** A dated fact for the placement engine (the shape of `Fact` in domain/placement/facts.ts). */
export type PlacementFact = {
	name: string;
	value: string | number | boolean;
	asOf: string;
	institution?: string;
};

/**
 * Placement (issue 16): how an application's answers become ranked programme choices and
 * priority facts. The placement area asks the registry for services with it and never reads
 * a service's answers itself.
 */
export interface PlacementCapability<S = unknown> {
	/** The intake the application is for (a level such as 'grade1'), or null if unknown. */
	intake(answers: Answers): string | null;
	/** An intake's name as people read it ('Pirmsskola', '1. klase'). */
	intakeLabel(intake: string): LocalizedText;
	/** The start of the period applied for (YYYY-MM-DD), matched against programmes. */
	startDate(answers: Answers): string | null;
	/** The ranked choices, most wanted first. */
	choices(answers: Answers): PlacementChoice[];
	/** The municipality's priority groups, most important first. */
	groupOrder(settings: S): string[];
	/** A group's name as people read it (the municipality's own words where it has them). */
	groupLabel(settings: S, group: string): LocalizedText | null;
	/** The groups that hold for the application on `runDate`, with their evidence. */
	groups(answers: Answers, settings: S, receivedOn: string): PlacementGroupEvidence[];
	/** Tie-break facts: the birth date (YYYY-MM-DD) and an exam score, where known. */
	tieBreakFacts(answers: Answers): { birthDate: string | null; score: number | null };
	/**
	 * The engine's dated facts of the application (src/lib/domain/placement/facts.ts): declared
	 * residence, sibling and staff child with their institution, birth date, exam score …
	 */
	facts(answers: Answers, settings: S, receivedOn: string): PlacementFact[];
	/** The fact a priority ground rests on (an officer's correction of that ground), if any. */
	factOfGround(group: string): string | null;
	/** The default rule set's groups, from the municipality's priority grounds, in order. */
	defaultGroups(settings: S, intake: string): { name: string; when: Predicate }[];
	/** The child's name as an offer and its explanation name it. */
	childName(answers: Answers): string;
}

/**
 * An e-service, as the platform sees it. Sync, storage, queues, auth and the form renderer
 * know nothing more. A service module builds one with `defineService` (engine/), which
 * derives the schemas from the steps; hand-written schemas stay possible.
 */
export interface EServiceDefinition<S = unknown> {
	id: string;
	title: LocalizedText;
	/** The form, step by step. */
	steps: readonly StepDef[];
	/**
	 * What a saved draft may hold: each field optional, and a value, when present, of the
	 * right type and size (a string not too long, a list not too many, an address or map
	 * point in its form). Formats (an email's, a date's, a personal code's) are not checked
	 * here: a draft may hold a value still being typed; submitSchema checks them.
	 */
	draftSchema: z.ZodType<Record<string, unknown>>;
	/** The complete application, checked at submission (shown fields only). */
	submitSchema: z.ZodType<Record<string, unknown>>;
	/** The options each municipality sets for this service, with their defaults. */
	settingsSchema: z.ZodType<S>;
	defaultSettings: S;
	/** Settings for the demo municipalities (by id), seeded by `npm start`; demo values. */
	demoSettings?: Readonly<Record<string, S>>;
	workflow: WorkflowDef;
	/** Rules that need municipal data; returns issues keyed like the schemas' paths. */
	checkMunicipalRules(fields: Answers, context: MunicipalContext<S>): Issue[];
	/** Answers a new draft starts with, from who applies (e.g. the company they sign for). */
	initialAnswers?(applicant: ApplicantFacts): Answers;
	/** The fee before submitting, when the service has one. */
	fee?(fields: Answers, context: MunicipalContext<S>): FeeQuote | null;
	/**
	 * The term to decide in, counted from receipt, for these answers and this municipality's
	 * settings. Absent: one month (Administrative Procedure Law, Art. 64).
	 */
	processingTerm?(fields: Answers, context: MunicipalContext<S>): ProcessingTerm;
	/**
	 * The address the application gives for news of it (the applicant's email), if any;
	 * on submission it becomes the person's address for notices.
	 */
	contactEmail?(fields: Answers): string | null;
	/** Capability: the decision document's starting text and the party it names. */
	decision?: DecisionCapability;
	/** Capability: an approved application is a permit in the municipality's register. */
	register?: RegisterCapability;
	/** Capability: programmes are matched and offered from the service's queue. */
	placement?: PlacementCapability<S>;
	/** Capability: field inspection of what the service permitted. */
	inspection?: InspectionCapability<S>;
	/** Capability (declared only until issue 18): the columns of the service's open data. */
	openData?: readonly OpenDataColumn[];
	/** Capability: the service's own texts in notices and mails. */
	notices?: ServiceNotices;
	/** The service's own catalogue entries; the registry merges them into the catalogue. */
	messages?: ServiceMessages;
	/** Limits for attached files, where they differ from the platform's defaults. */
	attachments?: ServiceAttachmentLimits;
	/** Stored answers of an older shape, rewritten at every start (idempotent). */
	upgrades?: readonly StoredAnswersUpgrade[];
	/**
	 * Path segments the service's applications were once linked under
	 * (`/{municipality}/{segment}/{id}`); such links are redirected to `/{municipality}/{id of
	 * the service}/{id}`, so links in old mails keep working.
	 */
	legacyPaths?: readonly string[];
	/** A one-line summary for lists and queues. */
	summary(fields: Answers): string;
	/**
	 * What officers filter the queue by (facet name → values, e.g. each institution chosen),
	 * and under the key 'search' words the queue's search should find (a child's names). The
	 * platform adds the applicant's names, personal code and the registration number itself.
	 */
	facets?(fields: Answers): Record<string, string[]>;
}

/**
 * What every page may need of a service without loading it: its id, title, texts, workflow
 * (the local status change of a citizen's action) and file limits. Light by design (no schemas,
 * steps or rules); the definition spreads it, so the two never differ. See descriptors.ts.
 */
export type ServiceDescriptor = Pick<
	EServiceDefinition,
	'id' | 'title' | 'workflow' | 'messages' | 'attachments'
>;
