import { escapeXml as esc } from './assertion';
import { TEST_PERSONS, type TestPerson } from './test-persons';

/**
 * The stand-in's pages: plain HTML, no external assets, one nonce'd style block and (for the
 * auto-POST) one nonce'd script, so they work under a strict Content-Security-Policy.
 */

export type Lang = 'lv' | 'en';

const TEXT = {
	lv: {
		title: 'Latvija.lv autentifikācija (testa aizstājējs)',
		lead: 'Šis ir Kopa izstrādes un testu identitātes nodrošinātājs. Tas runā tāpat kā Latvija.lv, bet ikviens var izvēlēties jebkuru izdomāto personu. Īstā vidē šeit būtu eID karte, eParaksts mobile vai internetbanka.',
		citizen: 'Iedzīvotāji',
		company: 'Uzņēmuma pārstāvis',
		delegated: 'Pilnvarota persona',
		staff: 'Pašvaldību darbinieki',
		signInAs: 'Pieslēgties kā',
		cancel: 'Atcelt',
		cancelHint: 'Atgriezties pakalpojumā, nepieslēdzoties.',
		switchLang: 'English',
		switchLabel: 'Switch to English',
		continueTitle: 'Pārsūta atpakaļ uz pakalpojumu…',
		continueLead: 'Ja nekas nenotiek, spiediet “Turpināt”.',
		continue: 'Turpināt',
		badRequest: 'Nederīgs pieprasījums',
		badLead: 'Pieprasījumam jābūt wa=wsignin1.0 ar wtrealm, wreply (lokāla adrese) un wctx.'
	},
	en: {
		title: 'Latvija.lv authentication (test stand-in)',
		lead: "This is Kopa's identity provider for development and tests. It speaks like Latvija.lv, but anyone may pick any invented person. In the real service this is where the eID card, eParaksts mobile or online bank would be.",
		citizen: 'Residents',
		company: 'Company representative',
		delegated: 'Acting under a power of attorney',
		staff: 'Municipal staff',
		signInAs: 'Sign in as',
		cancel: 'Cancel',
		cancelHint: 'Go back to the service without signing in.',
		switchLang: 'Latviski',
		switchLabel: 'Pārslēgt uz latviešu valodu',
		continueTitle: 'Taking you back to the service…',
		continueLead: 'If nothing happens, press “Continue”.',
		continue: 'Continue',
		badRequest: 'Invalid request',
		badLead: 'The request needs wa=wsignin1.0 with wtrealm, wreply (a local address) and wctx.'
	}
} as const;

const STYLE = `body{font-family:system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.5}
header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;border-bottom:3px solid #9e3039;margin-bottom:1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}ul{list-style:none;padding:0}li{margin:.4rem 0}
button{font:inherit;padding:.5rem .9rem;border:2px solid #9e3039;background:#fff;color:#1a1a1a;border-radius:4px;cursor:pointer;text-align:left}
button.primary{background:#9e3039;color:#fff}button:focus-visible,a:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.note{color:#555;margin-left:.5rem}a{color:#7a1f27}.cancel{margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}`;

/**
 * Test-only variants of the answer, asked for with `variant=` on the sign-in URL, so an e2e
 * test can see Kopa refuse what a misconfigured provider might send.
 */
export const ANSWER_VARIANTS = ['sha1-digest'] as const;
export type AnswerVariant = (typeof ANSWER_VARIANTS)[number];

export type WsfedRequest = {
	wtrealm: string;
	wreply: string;
	wctx: string;
	variant?: AnswerVariant;
};

function page(lang: Lang, nonce: string, title: string, body: string, script = ''): string {
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style nonce="${nonce}">${STYLE}</style></head><body>${body}${script}</body></html>`;
}

function hidden(fields: Record<string, string>): string {
	return Object.entries(fields)
		.map(([name, value]) => `<input type="hidden" name="${name}" value="${esc(value)}">`)
		.join('');
}

function personItem(p: TestPerson, lang: Lang, fields: string): string {
	const t = TEXT[lang];
	const note = lang === 'lv' ? p.noteLv : p.noteEn;
	return `<li><form method="post" action="/wsfed/issue">${fields}<input type="hidden" name="person" value="${p.key}">
<button type="submit" data-testid="idp-person-${p.key}">${t.signInAs} ${esc(p.givenName)} ${esc(p.surname)}</button>
<span class="note">${esc(note)}</span></form></li>`;
}

export function choosePage(req: WsfedRequest, lang: Lang, nonce: string): string {
	const t = TEXT[lang];
	const fields = hidden({ ...req, lang });
	const groups = (['citizen', 'company', 'delegated', 'staff'] as const)
		.map((group) => {
			const items = TEST_PERSONS.filter((p) => p.group === group)
				.map((p) => personItem(p, lang, fields))
				.join('');
			return `<section aria-labelledby="g-${group}"><h2 id="g-${group}">${t[group]}</h2><ul>${items}</ul></section>`;
		})
		.join('');
	const other: Lang = lang === 'lv' ? 'en' : 'lv';
	const switchUrl = `/wsfed?${new URLSearchParams({ wa: 'wsignin1.0', ...req, lang: other }).toString()}`;
	const body = `<header><h1>${t.title}</h1><a href="${esc(switchUrl)}" lang="${other}" aria-label="${t.switchLabel}">${t.switchLang}</a></header>
<main><p>${t.lead}</p>${groups}
<div class="cancel"><form method="post" action="/wsfed/cancel">${fields}
<button type="submit" class="primary" data-testid="idp-cancel">${t.cancel}</button>
<span class="note">${t.cancelHint}</span></form></div></main>`;
	return page(lang, nonce, t.title, body);
}

/** The answer: a form that POSTs the token to wreply, sent by a nonce'd script or by hand. */
export function autoPostPage(
	wreply: string,
	fields: Record<string, string>,
	lang: Lang,
	nonce: string
): string {
	const t = TEXT[lang];
	const body = `<main><h1>${t.continueTitle}</h1><p>${t.continueLead}</p>
<form method="post" action="${esc(wreply)}" id="answer">${hidden(fields)}
<button type="submit" class="primary" data-testid="idp-continue">${t.continue}</button></form></main>`;
	const script = `<script nonce="${nonce}">document.getElementById('answer').submit();</script>`;
	return page(lang, nonce, t.continueTitle, body, script);
}

export function badRequestPage(lang: Lang, nonce: string): string {
	const t = TEXT[lang];
	return page(
		lang,
		nonce,
		t.badRequest,
		`<main><h1>${t.badRequest}</h1><p>${t.badLead}</p></main>`
	);
}
