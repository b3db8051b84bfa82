import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_TEXTS } from '../../src/lib/domain/issues';
import { zAuditAction } from '../../src/lib/domain/staff';
import { en, lv } from '../../src/lib/i18n/messages';
import { staffEn, staffLv } from '../../src/lib/i18n/staff-messages';
import { listServices } from '../../src/lib/services/registry';

/**
 * Every code a person can meet has its sentence in both languages (issue 13 item 4): the
 * catalogue keys our zod schemas and server refusals give as messages, the codes pages
 * turn into keys (services, workflow states and actions, audit actions, HTTP statuses).
 * A missing text showed the code itself ("audit.action.application.assign").
 */
const texts: Record<string, Record<string, string>> = {
	lv: { ...lv, ...staffLv },
	en: { ...en, ...staffEn }
};
/** What every page has from its first load; staff-only texts are a chunk of their own (0018). */
const eager: Record<string, Record<string, string>> = { lv, en };

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			return filesUnder(path);
		}
		return /\.ts$/.test(name) && !/messages\.ts$/.test(name) ? [path] : [];
	});
}

const KEY = String.raw`'([a-z][A-Za-z]*\.[A-Za-z][A-Za-z.]*)'`;
// Where a literal is a message: `message: 'k'`, `reason: 'k'`, the message argument of a
// zod check or refinement (`.max(4000, 'k')`, `refine(ok, 'k')`).
const MESSAGE_PLACES = [
	new RegExp(String.raw`\bmessage:\s*${KEY}`, 'g'),
	new RegExp(String.raw`\breason:\s*${KEY}`, 'g'),
	new RegExp(String.raw`,\s*${KEY}\s*\)`, 'g')
];

/** Message keys given in the code, with the file that gives each. */
function messageKeysInCode(): Map<string, string> {
	const keys = new Map<string, string>();
	for (const file of ['src/lib/domain', 'src/lib/services', 'server'].flatMap(filesUnder)) {
		const source = readFileSync(file, 'utf8');
		for (const place of MESSAGE_PLACES) {
			for (const match of source.matchAll(place)) {
				const key = match[1] ?? '';
				if (!keys.has(key)) {
					keys.set(key, file);
				}
			}
		}
	}
	return keys;
}

/**
 * The office's inspection pages read the inspection area's refusals ("inspection.notOpen")
 * under their own prefix (server/app/inspection-actions.ts).
 */
function shownAs(key: string, file: string): string[] {
	const inspection = /^inspection\.([A-Za-z]+)$/.exec(key);
	return inspection && file.startsWith('server/inspections/')
		? [key, `inspectionOffice.reason.${inspection[1]}`]
		: [key];
}

/** Literals in a message's place that are not messages: a procedure's name, file names. */
const notMessage = (key: string) => key === 'sync.push' || /\.(js|pem|json|pdf|db)$/.test(key);

describe('the message catalogue', () => {
	it('has the same keys in Latvian and English, none empty, with the same placeholders', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [latvian, english] of [
			[lv, en],
			[staffLv, staffEn]
		] as Record<string, string>[][]) {
			expect(Object.keys(english ?? {}).sort()).toEqual(Object.keys(latvian ?? {}).sort());
			for (const [key, text] of Object.entries(latvian ?? {})) {
				expect(text.trim(), key).not.toBe('');
				expect(placeholders(english?.[key] ?? ''), key).toEqual(placeholders(text));
			}
		}
	});

	it('keeps staff-only texts apart: no key in both parts, none a citizen can meet', () => {
		expect(Object.keys(staffLv).filter((key) => key in lv)).toEqual([]);
		// A refusal or check outside the office queue and inspections can reach a citizen's
		// page, which has only the first-load catalogue.
		const citizens = [...messageKeysInCode()].filter(
			([key, file]) => !/inspection|queue/.test(file) && !notMessage(key)
		);
		expect(citizens.length).toBeGreaterThan(20);
		const missing = citizens.filter(([key]) => !(key in eager.lv!) || !(key in eager.en!));
		expect(missing).toEqual([]);
	});

	it('has a text for every message key the schemas and server refusals give', () => {
		const found = messageKeysInCode();
		// The walk must see the schemas' keys, or it passes having read nothing.
		expect(found.get('field.tooLong')).toBeDefined();
		expect(found.get('date.format')).toBeDefined();
		const missing: string[] = [];
		for (const [key, file] of found) {
			for (const lang of ['lv', 'en']) {
				const shown = shownAs(key, file).some((k) => k in (texts[lang] ?? {}));
				if (!shown && !notMessage(key)) {
					missing.push(`${lang} ${key} (${file})`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('names every e-service, workflow state and action, audit action and HTTP status', () => {
		const keys = [
			...listServices().flatMap((s) => [
				`service.${s.id}`,
				...s.workflow.states.map((state) => `state.${state}`),
				...s.workflow.transitions.map((t) => `action.${t.action}`)
			]),
			...zAuditAction.options.map((action) => `audit.action.${action}`),
			...STATUS_TEXTS.map((status) => `error.status.${status}`),
			'error.unexpected',
			'error.network',
			'field.textTooLong'
		];
		const missing = ['lv', 'en'].flatMap((lang) =>
			keys.filter((key) => !(key in (texts[lang] ?? {}))).map((key) => `${lang} ${key}`)
		);
		expect(missing).toEqual([]);
	});
});
