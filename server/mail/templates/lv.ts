import { formatDay, type Block, type MailDocument, type Wording } from './document';
import type { Notification } from './schema';

/**
 * Latvian wording. Names of municipalities are place names ("Rīga", "Ādažu novads"), so they
 * stand alone (in the subject, in the facts) and no verb has to agree with them.
 */

function facts(n: Notification, extra: [string, string][] = []): Block {
	return {
		type: 'facts',
		rows: [
			['Pašvaldība', n.municipalityName.lv],
			['Pakalpojums', n.serviceTitle.lv],
			['Pieteikuma numurs', n.applicationRef],
			...extra
		]
	};
}

function doc(subject: string, blocks: Block[]): MailDocument {
	return {
		lang: 'lv',
		subject,
		greeting: 'Labdien!',
		blocks,
		footer:
			'Šī vēstule nosūtīta automātiski no pašvaldību e-pakalpojumu vietnes Kopa. Lūdzu, neatbildiet uz to.'
	};
}

export const lv: Wording = (n) => {
	const about = `${n.municipalityName.lv} — ${n.serviceTitle.lv}`;
	switch (n.kind) {
		case 'application-submitted':
			return doc(`${about}: pieteikums ${n.applicationRef} saņemts`, [
				{ type: 'paragraph', text: 'Jūsu pieteikums ir saņemts un nodots izskatīšanai.' },
				facts(n),
				{
					type: 'paragraph',
					text: 'Kad pieteikums būs izskatīts vai ja būs vajadzīga papildu informācija, jūs saņemsiet ziņu e-pastā un Kopas sadaļā “Mani pieteikumi”.'
				},
				{ type: 'action', label: 'Skatīt pieteikumu', href: n.link }
			]);
		case 'information-requested':
			return doc(`${about}: pieteikumam ${n.applicationRef} vajadzīga papildu informācija`, [
				{
					type: 'paragraph',
					text: 'Lai izskatītu jūsu pieteikumu, vajadzīga papildu informācija.'
				},
				{ type: 'quote', label: 'Speciālista jautājums:', text: n.question },
				facts(n, n.answerBy ? [['Atbildes termiņš', formatDay(n.answerBy, 'lv')]] : []),
				{
					type: 'paragraph',
					text: 'Kamēr gaidām jūsu atbildi, pieteikuma izskatīšanas termiņš netiek skaitīts. Atbildēt un pievienot failus varat Kopas sadaļā “Mani pieteikumi”.'
				},
				{ type: 'action', label: 'Atbildēt uz pieprasījumu', href: n.link }
			]);
		case 'information-provided':
			return doc(`${about}: saņemta atbilde uz informācijas pieprasījumu (${n.applicationRef})`, [
				{
					type: 'paragraph',
					text: 'Pieteikuma iesniedzējs ir atbildējis uz informācijas pieprasījumu. Pieteikums atkal ir jūsu darba rindā, un izskatīšanas termiņa skaitīšana turpinās.'
				},
				facts(n),
				{ type: 'action', label: 'Atvērt pieteikumu', href: n.link }
			]);
		case 'decision-made': {
			const approved = n.outcome === 'approved';
			const permit: [string, string][] = [];
			if (n.permitNumber) {
				permit.push(['Atļaujas numurs', n.permitNumber]);
			}
			if (n.validUntil) {
				permit.push(['Atļauja derīga līdz', formatDay(n.validUntil, 'lv')]);
			}
			return doc(
				`${about}: pieteikums ${n.applicationRef} ${approved ? 'apstiprināts' : 'noraidīts'}`,
				[
					{
						type: 'paragraph',
						text: approved
							? 'Par jūsu pieteikumu ir pieņemts lēmums: pieteikums apstiprināts. Lēmumā ir norādīti tā nosacījumi, ja tādi ir, un apstrīdēšanas kārtība.'
							: 'Par jūsu pieteikumu ir pieņemts lēmums: pieteikums noraidīts. Lēmumā ir norādīts tā pamatojums un apstrīdēšanas kārtība.'
					},
					facts(n, permit),
					{ type: 'action', label: 'Lejupielādēt lēmumu (PDF)', href: n.pdfLink },
					{ type: 'action', label: 'Skatīt pieteikumu', href: n.link }
				]
			);
		}
		case 'status-changed':
			return doc(`${about}: pieteikums ${n.applicationRef} — ${n.state.lv}`, [
				{ type: 'paragraph', text: `Jūsu pieteikuma stāvoklis mainīts: ${n.state.lv}.` },
				...(n.reason
					? [{ type: 'quote' as const, label: 'Speciālista piezīme:', text: n.reason }]
					: []),
				facts(n),
				{ type: 'action', label: 'Skatīt pieteikumu', href: n.link }
			]);
		case 'inspection-assigned':
			return doc(`${about}: jauna pārbaude — ${n.state.lv}`, [
				{ type: 'paragraph', text: `Jums uzdota pārbaude: ${n.state.lv}.` },
				facts(n, n.dueOn ? [['Jāveic līdz', formatDay(n.dueOn, 'lv')]] : []),
				{ type: 'action', label: 'Atvērt pārbaudi', href: n.link }
			]);
	}
};
