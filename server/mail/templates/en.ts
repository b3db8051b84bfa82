import { formatDay, type Block, type MailDocument, type Wording } from './document';
import type { Notification } from './schema';

/** English wording; the same blocks in the same order as lv.ts. */

function facts(n: Notification, extra: [string, string][] = []): Block {
	return {
		type: 'facts',
		rows: [
			['Municipality', n.municipalityName.en],
			['Service', n.serviceTitle.en],
			['Application number', n.applicationRef],
			...extra
		]
	};
}

function doc(subject: string, blocks: Block[]): MailDocument {
	return {
		lang: 'en',
		subject,
		greeting: 'Hello,',
		blocks,
		footer:
			'This message was sent automatically by Kopa, the municipal e-services site. Please do not reply to it.'
	};
}

export const en: Wording = (n) => {
	const about = `${n.municipalityName.en} — ${n.serviceTitle.en}`;
	switch (n.kind) {
		case 'application-submitted':
			return doc(`${about}: application ${n.applicationRef} received`, [
				{ type: 'paragraph', text: 'Your application has been received and passed on for review.' },
				facts(n),
				{
					type: 'paragraph',
					text: 'When it has been reviewed, or if more information is needed, you will hear from us by email and in “My applications” in Kopa.'
				},
				{ type: 'action', label: 'View the application', href: n.link }
			]);
		case 'information-requested':
			return doc(`${about}: more information needed for application ${n.applicationRef}`, [
				{ type: 'paragraph', text: 'To review your application, we need more information.' },
				{ type: 'quote', label: 'The officer asks:', text: n.question },
				facts(n, n.answerBy ? [['Please answer by', formatDay(n.answerBy, 'en')]] : []),
				{
					type: 'paragraph',
					text: 'While we wait for your answer, the time limit for reviewing the application is paused. You can answer and attach files in “My applications” in Kopa.'
				},
				{ type: 'action', label: 'Answer the request', href: n.link }
			]);
		case 'information-provided':
			return doc(`${about}: the applicant answered the information request (${n.applicationRef})`, [
				{
					type: 'paragraph',
					text: 'The applicant has answered the information request. The application is back in your queue and the review time limit is running again.'
				},
				facts(n),
				{ type: 'action', label: 'Open the application', href: n.link }
			]);
		case 'decision-made': {
			const approved = n.outcome === 'approved';
			const permit: [string, string][] = [];
			if (n.permitNumber) {
				permit.push(['Permit number', n.permitNumber]);
			}
			if (n.validUntil) {
				permit.push(['Permit valid until', formatDay(n.validUntil, 'en')]);
			}
			return doc(`${about}: application ${n.applicationRef} ${approved ? 'approved' : 'refused'}`, [
				{
					type: 'paragraph',
					text: approved
						? 'A decision has been made on your application: it is approved. The decision states its conditions, if any, and how to appeal it.'
						: 'A decision has been made on your application: it is refused. The decision states the reasons and how to appeal it.'
				},
				facts(n, permit),
				{ type: 'action', label: 'Download the decision (PDF)', href: n.pdfLink },
				{ type: 'action', label: 'View the application', href: n.link }
			]);
		}
		case 'status-changed':
			return doc(`${about}: application ${n.applicationRef} — ${n.state.en}`, [
				{ type: 'paragraph', text: `Your application is now: ${n.state.en}.` },
				...(n.reason
					? [{ type: 'quote' as const, label: 'The officer’s note:', text: n.reason }]
					: []),
				facts(n),
				{ type: 'action', label: 'View the application', href: n.link }
			]);
		case 'inspection-assigned':
			return doc(`${about}: new inspection — ${n.state.en}`, [
				{ type: 'paragraph', text: `An inspection was given to you: ${n.state.en}.` },
				facts(n, n.dueOn ? [['Due by', formatDay(n.dueOn, 'en')]] : []),
				{ type: 'action', label: 'Open the inspection', href: n.link }
			]);
	}
};
