/**
 * Messages of the advertising permit's rules, Latvian first. Each says what is wrong and how
 * to put it right. The lead merges these into src/lib/i18n/messages.ts. The limits themselves
 * differ per municipality: the period message gets the municipality's maximum as {max}.
 */
export const permitLv = {
	'permit.notCompanySignatory':
		'Uzņēmuma vārdā var pieteikties tikai tā paraksttiesīgā persona: pieslēdzieties Latvija.lv kā šī uzņēmuma pārstāvis vai piesakieties kā privātpersona.',
	'permit.kindNotEnabled':
		'Šī pašvaldība šāda veida reklāmas atļaujas neizsniedz: izvēlieties citu atļaujas veidu vai sazinieties ar pašvaldību.',
	'permit.startInPast': 'Sākuma datums ir pagātnē: norādiet šodienu vai vēlāku datumu.',
	'permit.endBeforeStart':
		'Beigu datums ir pirms sākuma datuma: norādiet beigu datumu, kas ir tas pats vai vēlāks par sākuma datumu.',
	'permit.periodTooLong.sign':
		'Izkārtnei tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai pēc tam pieprasiet atļaujas pagarinājumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.periodTooLong.groundObject':
		'Reklāmas objektam ar piesaisti zemei tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai pēc tam pieprasiet atļaujas pagarinājumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.periodTooLong.nonGroundObject':
		'Reklāmas objektam bez piesaistes zemei tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai pēc tam pieprasiet atļaujas pagarinājumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.periodTooLong.mobile':
		'Mobilajai reklāmai tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai vēlāk iesniedziet jaunu pieteikumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.periodTooLong.temporary':
		'Īslaicīgai reklāmai tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai vēlāk iesniedziet jaunu pieteikumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.periodTooLong.notice':
		'Afišai vai sludinājumam tik ilgs periods šeit nav atļauts: saīsiniet periodu līdz pašvaldības noteikumos atļautajam vai vēlāk iesniedziet jaunu pieteikumu (ilgākais atļautais periods šeit — {max} d.).',
	'permit.outsideMunicipality':
		'Atzīmētā vieta nav šīs pašvaldības teritorijā: pārvietojiet punktu kartē uz reklāmas vietu vai iesniedziet pieteikumu tai pašvaldībai, kurā vieta atrodas.'
};

export const permitEn: Record<keyof typeof permitLv, string> = {
	'permit.notCompanySignatory':
		'Only a signatory of the company can apply on its behalf: sign in through Latvija.lv as the company’s representative, or apply as a private person.',
	'permit.kindNotEnabled':
		'This municipality does not issue this kind of advertising permit: choose another kind of permit or contact the municipality.',
	'permit.startInPast': 'The start date is in the past: enter today or a later date.',
	'permit.endBeforeStart':
		'The end date is before the start date: enter an end date on or after the start date.',
	'permit.periodTooLong.sign':
		'A period this long is not allowed here for a sign: shorten it to what the municipality’s rules allow, or ask for the permit to be extended later (the longest allowed here is {max} days).',
	'permit.periodTooLong.groundObject':
		'A period this long is not allowed here for an advertising object fixed to the ground: shorten it to what the municipality’s rules allow, or ask for the permit to be extended later (the longest allowed here is {max} days).',
	'permit.periodTooLong.nonGroundObject':
		'A period this long is not allowed here for an advertising object not fixed to the ground: shorten it to what the municipality’s rules allow, or ask for the permit to be extended later (the longest allowed here is {max} days).',
	'permit.periodTooLong.mobile':
		'A period this long is not allowed here for mobile advertising: shorten it to what the municipality’s rules allow, or apply again later (the longest allowed here is {max} days).',
	'permit.periodTooLong.temporary':
		'A period this long is not allowed here for temporary advertising: shorten it to what the municipality’s rules allow, or apply again later (the longest allowed here is {max} days).',
	'permit.periodTooLong.notice':
		'A period this long is not allowed here for a poster or notice: shorten it to what the municipality’s rules allow, or apply again later (the longest allowed here is {max} days).',
	'permit.outsideMunicipality':
		'The marked place is not in this municipality: move the point on the map to where the advertising will be, or apply to the municipality the place is in.'
};
