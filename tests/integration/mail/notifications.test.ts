import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../../server/mail/mailer';
import { startSink, type RunningSink, type SinkMessage } from '../../../server/mail/sink';
import {
	escapeHtml,
	renderNotification,
	type RenderedMail
} from '../../../server/mail/templates/render';
import type { MailLang, NotificationInput } from '../../../server/mail/templates/schema';

// Every template goes through the real mailer and the real sink, and is read back parsed.
let sink: RunningSink;
let mailer: Mailer;

beforeAll(async () => {
	sink = await startSink({ port: 0 });
	mailer = createMailer({ smtpUrl: sink.url, from: 'Kopa <noreply@kopa.invalid>' });
});
afterAll(async () => {
	mailer.close();
	await sink.close();
});
beforeEach(() => sink.clear());

const base = {
	municipalityName: { lv: 'Ādažu novads', en: 'Ādaži Municipality' },
	serviceTitle: { lv: 'Reklāmas izvietošanas atļauja', en: 'Advertising permit' },
	applicationRef: 'ADAZ-2025-000017',
	link: 'https://kopa.example.lv/adazi/advertising-permit/0192'
};
const pdfLink = 'https://kopa.example.lv/files/decision-0192.pdf';

function rendered(input: NotificationInput): RenderedMail {
	const result = renderNotification(input);
	if (!result.ok) {
		throw new Error(result.error);
	}
	return result.mail;
}

async function deliver(
	input: NotificationInput,
	to = 'ilze.ozola@example.lv'
): Promise<SinkMessage> {
	const mail = rendered(input);
	const sent = await mailer.send({ to, ...mail });
	expect(sent.ok).toBe(true);
	return sink.waitFor((m) => m.subject === mail.subject);
}

type Case = { input: NotificationInput; subject: string; text: string[] };

const cases: Record<MailLang, Case[]> = {
	lv: [
		{
			input: { kind: 'application-submitted', lang: 'lv', ...base },
			subject: 'pieteikums ADAZ-2025-000017 saņemts',
			text: ['Jūsu pieteikums ir saņemts un nodots izskatīšanai.', 'Skatīt pieteikumu: ']
		},
		{
			input: {
				kind: 'information-requested',
				lang: 'lv',
				...base,
				question: 'Lūdzu, pievienojiet stenda skici ar izmēriem.\nVai stends būs izgaismots?',
				answerBy: '2025-03-14'
			},
			subject: 'pieteikumam ADAZ-2025-000017 vajadzīga papildu informācija',
			text: [
				'Speciālista jautājums:\n> Lūdzu, pievienojiet stenda skici ar izmēriem.\n> Vai stends būs izgaismots?',
				'Atbildes termiņš: 2025. gada 14. marts',
				'Atbildēt uz pieprasījumu: '
			]
		},
		{
			input: { kind: 'information-provided', lang: 'lv', ...base },
			subject: 'saņemta atbilde uz informācijas pieprasījumu (ADAZ-2025-000017)',
			text: ['Pieteikuma iesniedzējs ir atbildējis', 'Atvērt pieteikumu: ']
		},
		{
			input: {
				kind: 'decision-made',
				lang: 'lv',
				...base,
				outcome: 'approved',
				pdfLink,
				permitNumber: 'R-2025/17',
				validUntil: '2025-12-31'
			},
			subject: 'pieteikums ADAZ-2025-000017 apstiprināts',
			text: [
				'pieteikums apstiprināts',
				'Atļaujas numurs: R-2025/17',
				'Atļauja derīga līdz: 2025. gada 31. decembris',
				`Lejupielādēt lēmumu (PDF): ${pdfLink}`
			]
		},
		{
			input: { kind: 'decision-made', lang: 'lv', ...base, outcome: 'refused', pdfLink },
			subject: 'pieteikums ADAZ-2025-000017 noraidīts',
			text: ['pieteikums noraidīts', 'pamatojums un apstrīdēšanas kārtība', pdfLink]
		},
		{
			input: {
				kind: 'status-changed',
				lang: 'lv',
				...base,
				state: { lv: 'Piedāvāta vieta', en: 'Place offered' },
				reason: 'Vieta PII “Zīlīte” no 1. septembra.'
			},
			subject: 'pieteikums ADAZ-2025-000017 — Piedāvāta vieta',
			text: ['stāvoklis mainīts: Piedāvāta vieta.', 'Vieta PII “Zīlīte” no 1. septembra.']
		},
		{
			input: {
				kind: 'inspection-assigned',
				lang: 'lv',
				...base,
				state: { lv: 'Uzstādīšanas pārbaude', en: 'Inspection after installation' },
				dueOn: '2025-03-21'
			},
			subject: 'jauna pārbaude — Uzstādīšanas pārbaude',
			text: [
				'Jums uzdota pārbaude: Uzstādīšanas pārbaude.',
				'Jāveic līdz: 2025. gada 21. marts',
				'Atvērt pārbaudi: '
			]
		}
	],
	en: [
		{
			input: { kind: 'application-submitted', lang: 'en', ...base },
			subject: 'application ADAZ-2025-000017 received',
			text: ['Your application has been received', 'View the application: ']
		},
		{
			input: { kind: 'information-requested', lang: 'en', ...base, question: 'Kāds būs stends?' },
			subject: 'more information needed for application ADAZ-2025-000017',
			text: ['The officer asks:\n> Kāds būs stends?', 'Answer the request: ']
		},
		{
			input: { kind: 'information-provided', lang: 'en', ...base },
			subject: 'the applicant answered the information request (ADAZ-2025-000017)',
			text: ['back in your queue', 'Open the application: ']
		},
		{
			input: { kind: 'decision-made', lang: 'en', ...base, outcome: 'refused', pdfLink },
			subject: 'application ADAZ-2025-000017 refused',
			text: ['it is refused', `Download the decision (PDF): ${pdfLink}`]
		},
		{
			input: {
				kind: 'status-changed',
				lang: 'en',
				...base,
				state: { lv: 'Piedāvāta vieta', en: 'Place offered' }
			},
			subject: 'application ADAZ-2025-000017 — Place offered',
			text: ['Your application is now: Place offered.', 'View the application: ']
		},
		{
			input: {
				kind: 'inspection-assigned',
				lang: 'en',
				...base,
				state: { lv: 'Periodiskā pārbaude', en: 'Periodic inspection' }
			},
			subject: 'new inspection — Periodic inspection',
			text: ['An inspection was given to you: Periodic inspection.', 'Open the inspection: ']
		}
	]
};

describe.each(['lv', 'en'] as const)('notifications in %s, through SMTP', (lang) => {
	const names =
		lang === 'lv'
			? 'Ādažu novads — Reklāmas izvietošanas atļauja: '
			: 'Ādaži Municipality — Advertising permit: ';
	it.each(cases[lang].map((c) => [`${c.input.kind} ${c.subject}`, c] as const))(
		'%s',
		async (_name, c) => {
			const m = await deliver(c.input);
			// Municipality + service + what happened, with every diacritic intact after MIME.
			expect(m.subject).toBe(names + c.subject);
			for (const piece of c.text) {
				expect(m.text).toContain(piece);
			}
			expect(m.text).toContain(base.link);
			expect(m.html).toContain(`<html lang="${lang}">`);
			expect(m.html).toContain(`href="${base.link}"`);
			expect(m.html).toContain(lang === 'lv' ? 'Ādažu novads' : 'Ādaži Municipality');
			expect(m.html).toContain(
				lang === 'lv' ? 'Reklāmas izvietošanas atļauja' : 'Advertising permit'
			);
		}
	);
});

describe('hostile input', () => {
	const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
	it('is escaped in every interpolated place of the HTML, and kept as typed in the text', async () => {
		const m = await deliver({
			kind: 'information-requested',
			lang: 'lv',
			municipalityName: { lv: `Ķekava ${hostile}`, en: 'Ķekava' },
			serviceTitle: { lv: `Atļauja "${hostile}'`, en: 'Permit' },
			applicationRef: 'KEK-<b>1</b>',
			link: 'https://kopa.example.lv/a?x="><script>alert(2)</script>',
			question: `Jautājums ${hostile}\r\notrā rinda`
		});
		const html = m.html ?? '';
		expect(html).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/);
		expect(html).toContain(
			'Ķekava &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img'
		);
		expect(html).toContain('Atļauja &quot;&lt;script&gt;');
		expect(html).toContain('&#39;');
		expect(html).toContain('KEK-&lt;b&gt;1&lt;/b&gt;');
		expect(html).toContain('href="https://kopa.example.lv/a?x=&quot;&gt;&lt;script&gt;');
		expect(html).toContain('Jautājums &lt;script&gt;');
		expect(html).toContain('<br>\notrā rinda');
		// The plain text is not HTML: the officer's words arrive exactly as written.
		expect(m.text).toContain(`> Jautājums ${hostile}\n> otrā rinda`);
	});

	it('refuses what cannot be made safe: other link schemes, line breaks in one-line fields', () => {
		const refusals: [NotificationInput, RegExp][] = [
			[{ kind: 'application-submitted', lang: 'lv', ...base, link: 'javascript:alert(1)' }, /link/],
			[
				{
					kind: 'decision-made',
					lang: 'en',
					...base,
					outcome: 'approved',
					pdfLink: 'data:text/html,x'
				},
				/pdfLink/
			],
			[
				{
					kind: 'application-submitted',
					lang: 'lv',
					...base,
					serviceTitle: { lv: 'Atļauja\r\nBcc: x@example.lv', en: 'Permit' }
				},
				/serviceTitle\.lv/
			],
			[{ kind: 'application-submitted', lang: 'de', ...base } as never, /lang/],
			[{ kind: 'information-requested', lang: 'lv', ...base, question: '  ' }, /question/],
			[
				{
					kind: 'information-requested',
					lang: 'lv',
					...base,
					question: 'x',
					answerBy: '14.03.2025'
				},
				/answerBy/
			],
			[{ kind: 'something-else', lang: 'lv', ...base } as never, /kind/]
		];
		for (const [input, field] of refusals) {
			const result = renderNotification(input);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.error).toMatch(field);
		}
	});

	it('escapeHtml covers the five characters that matter', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});
});
