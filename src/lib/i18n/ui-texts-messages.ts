/**
 * Texts of refusals and error pages (issue 13 item 4): every code a person can meet reads
 * as a sentence, with its limit where it has one. Latvian first, English as the switch.
 */
export const uiTextsLv = {
	'field.textTooLong': 'Teksts ir par garu[[: ne vairāk kā {max} rakstzīmju]].',
	'field.maxChars': 'Ne vairāk kā {max} rakstzīmju.',
	'error.unexpected': 'Radās neparedzēta kļūda. Lūdzu, mēģiniet vēlreiz.',
	'error.network':
		'Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
	'error.title.403': 'Piekļuve liegta',
	'error.title.404': 'Lapa nav atrasta',
	'error.status.400': 'Pieprasījumā ir nederīgi dati.',
	'error.status.401': 'Lai turpinātu, lūdzu, pieslēdzieties.',
	'error.status.403': 'Jums nav tiesību skatīt šo lapu vai veikt šo darbību.',
	'error.status.404': 'Šāda lapa vai ieraksts nav atrasts. Pārbaudiet adresi.',
	'error.status.409': 'Dati pa to laiku ir mainīti. Atveriet lapu no jauna un mēģiniet vēlreiz.',
	'error.status.413': 'Nosūtītais ir par lielu.',
	'error.status.429': 'Pārāk daudz mēģinājumu. Lūdzu, brīdi pagaidiet un mēģiniet vēlreiz.',
	'error.status.500': 'Serverī radās kļūda. Lūdzu, mēģiniet vēlāk vēlreiz.',
	'error.status.503': 'Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlāk vēlreiz.',
	'settings.duplicate': 'Sarakstā ir divas vienādas vērtības. Katrai jābūt citādai.',
	'decisionPdf.invalid': 'Lēmuma tekstā ir nederīgi dati.',
	'decisionPdf.required': 'Šis teksts lēmumam ir obligāts.',
	'decisionPdf.unprintable':
		'Tekstā ir neredzamas vai vadības rakstzīmes, kuras lēmumā nevar izdrukāt. Izdzēsiet tās.',
	'decisionPdf.noGlyph': 'Tekstā ir rakstzīmes, kuras lēmuma fonts nevar izdrukāt.',
	'decisionPdf.reasonsRequired': 'Atteikumam jānorāda pamatojums.',
	'decisionPdf.permitOnRefusal': 'Atļauju var izsniegt tikai ar pozitīvu lēmumu.',
	'decisionPdf.validToBeforeFrom': 'Atļaujas beigu datums nevar būt pirms sākuma datuma.',
	'decisionPdf.submittedAfterDecision': 'Iesniegšanas datums nevar būt pēc lēmuma datuma.',
	'decisionPdf.tooLong': 'Lēmuma teksts kopā ir par garu. Saīsiniet to.',
	'inspection.deadlinePast': 'Termiņš nevar būt pagātnē.',
	'inspection.photoUnknown':
		'Viena no fotogrāfijām šai pārbaudei nav atrasta. Pievienojiet to vēlreiz.',
	'inspection.stale':
		'Pārbaudi pa to laiku ir mainījis kāds cits. Atveriet to no jauna un mēģiniet vēlreiz.',
	'form.check.titleSent': 'Iesniegtās atbildes',
	'office.applicant': 'Iesniedzējs',
	'settings.services': 'E-pakalpojumi',
	'settings.contents': 'Saturs',
	'audit.action.application.assign': 'Nozīmēja pieteikuma atbildīgo darbinieku'
};

export const uiTextsEn: Record<keyof typeof uiTextsLv, string> = {
	'field.textTooLong': 'The text is too long[[: at most {max} characters]].',
	'field.maxChars': 'At most {max} characters.',
	'error.unexpected': 'Something unexpected went wrong. Please try again.',
	'error.network': 'The server could not be reached. Check the connection and try again.',
	'error.title.403': 'Access denied',
	'error.title.404': 'Page not found',
	'error.status.400': 'The request holds data that is not valid.',
	'error.status.401': 'Please sign in to go on.',
	'error.status.403': 'You may not see this page or take this step.',
	'error.status.404': 'No such page or record was found. Check the address.',
	'error.status.409': 'The data has changed meanwhile. Open the page again and retry.',
	'error.status.413': 'What was sent is too large.',
	'error.status.429': 'Too many attempts. Please wait a moment and try again.',
	'error.status.500': 'Something went wrong on the server. Please try again later.',
	'error.status.503': 'The service is briefly unavailable. Please try again later.',
	'settings.duplicate': 'The list has two equal values. Each must be different.',
	'decisionPdf.invalid': 'The decision text holds data that is not valid.',
	'decisionPdf.required': 'The decision needs this text.',
	'decisionPdf.unprintable':
		'The text holds invisible or control characters that cannot be printed in the decision. Delete them.',
	'decisionPdf.noGlyph': 'The text holds characters the decision’s font cannot print.',
	'decisionPdf.reasonsRequired': 'A refusal must give its reasons.',
	'decisionPdf.permitOnRefusal': 'A permit can be issued only with an approval.',
	'decisionPdf.validToBeforeFrom': 'The permit cannot end before it starts.',
	'decisionPdf.submittedAfterDecision': 'The submission date cannot be after the decision date.',
	'decisionPdf.tooLong': 'The decision text is too long in all. Shorten it.',
	'inspection.deadlinePast': 'The deadline cannot be in the past.',
	'inspection.photoUnknown': 'One of the photos was not found for this inspection. Add it again.',
	'inspection.stale': 'Someone else changed the inspection meanwhile. Open it again and retry.',
	'form.check.titleSent': 'Your submitted answers',
	'office.applicant': 'Applicant',
	'settings.services': 'E-services',
	'settings.contents': 'Contents',
	'audit.action.application.assign': 'Assigned an application to an officer'
};
