import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ActingFor } from '../../kernel/acting-for';
import { createdAt } from './columns';
import { municipality } from './municipality';

export const person = sqliteTable('person', {
	id: text('id').primaryKey(),
	// Normalised to DDMMYY-NNNNN.
	personalCode: text('personal_code').notNull().unique(),
	givenName: text('given_name').notNull(),
	surname: text('surname').notNull(),
	// The address known for staff: notices not about one of the person's own applications
	// (an inspector's task) are emailed here. Applications no longer copy their contact onto
	// it, and a citizen's own choice is `notice_address` (docs/notifications.md,
	// server/notifications/recipient.ts); null = in-app notices only.
	email: text('email'),
	// The language of their emails ('lv' | 'en'), as last chosen in the app.
	lang: text('lang', { enum: ['lv', 'en'] })
		.notNull()
		.default('lv'),
	createdAt: createdAt()
});

export const roleAssignment = sqliteTable(
	'role_assignment',
	{
		id: text('id').primaryKey(),
		personId: text('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		role: text('role', {
			enum: ['officer', 'inspector', 'municipal_admin', 'platform_operator']
		}).notNull(),
		// Null only for the platform operator, whose role spans all municipalities.
		municipalityId: text('municipality_id').references(() => municipality.id, {
			onDelete: 'cascade'
		}),
		// Null means every e-service of the municipality.
		service: text('service'),
		// Who granted it (null for roles made by the seed or the command line).
		grantedBy: text('granted_by'),
		createdAt: createdAt()
	},
	(t) => [index('role_assignment_person_id_idx').on(t.personId)]
);

export const session = sqliteTable(
	'session',
	{
		// SHA-256 of the token, hex: the token itself is never stored.
		id: text('id').primaryKey(),
		personId: text('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		// Sliding expiry: the idle limit, moved forward on use.
		expiresAt: integer('expires_at').notNull(),
		// Staff sessions have a short idle limit and a hard end; citizens' last longer.
		kind: text('kind', { enum: ['citizen', 'staff'] })
			.notNull()
			.default('citizen'),
		// The hard end, never moved: 0 for sessions made before it existed (treated as now).
		absoluteExpiresAt: integer('absolute_expires_at').notNull().default(0),
		lastActiveAt: integer('last_active_at').notNull().default(0),
		// How the person proved who they are: 'latvija' (WS-Federation), 'demo' (test flag).
		authMethod: text('auth_method').notNull().default('demo'),
		// On whose behalf the person acts in this session, as the identity provider said:
		// JSON {"kind":"company","registrationNumber":"…"} or {"kind":"person","personalCode":"…"}
		// or {"kind":"institution","institution":"…"}; null acting for themselves.
		actingFor: text('acting_for', { mode: 'json' }).$type<ActingFor | null>(),
		// A short description of the browser, so people can tell their sessions apart.
		userAgent: text('user_agent'),
		createdAt: createdAt()
	},
	(t) => [index('session_person_id_idx').on(t.personId)]
);

export type { ActingFor };

/**
 * Sign-in requests sent to the identity provider and not yet answered. The `wctx` sent out
 * is a random token; only its SHA-256 is kept, so an answer is accepted once, for a request
 * this server made, within a few minutes.
 */
export const signInRequest = sqliteTable('sign_in_request', {
	id: text('id').primaryKey(),
	// Where to go after signing in (a path on this site).
	returnTo: text('return_to').notNull(),
	expiresAt: integer('expires_at').notNull(),
	createdAt: createdAt()
});

/** Assertion ids already used, kept until the assertion would have expired anyway. */
export const usedAssertion = sqliteTable(
	'used_assertion',
	{
		id: text('id').primaryKey(),
		issuer: text('issuer').notNull(),
		expiresAt: integer('expires_at').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('used_assertion_expires_at_idx').on(t.expiresAt)]
);
