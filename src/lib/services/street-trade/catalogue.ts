/**
 * The street trade permit's own texts, Latvian first: each rule's message says what is wrong
 * and how to put it right. The limits differ per municipality and come as {max} / {time}.
 * Declared as the definition's `messages`; the registry merges them into the catalogue.
 */
export const streetTradeLv = {
	'streetTrade.startInPast': 'Sākuma datums ir pagātnē: norādiet šodienu vai vēlāku datumu.',
	'streetTrade.endBeforeStart':
		'Beigu datums ir pirms sākuma datuma: norādiet beigu datumu, kas ir tas pats vai vēlāks par sākuma datumu.',
	'streetTrade.periodTooLong':
		'Tik ilgs periods šeit nav atļauts: saīsiniet to līdz {max} dienām vai vēlāk iesniedziet jaunu pieteikumu.',
	'streetTrade.noTradingDay':
		'Izvēlētās nedēļas dienas šajā periodā neiekrīt: atzīmējiet citas dienas vai pagariniet periodu.',
	'streetTrade.opensTooEarly':
		'Šeit tirgot drīkst ne agrāk kā no plkst. {time}: izvēlieties vēlāku sākuma laiku.',
	'streetTrade.closesTooLate':
		'Šeit tirgot drīkst ne vēlāk kā līdz plkst. {time}: izvēlieties agrāku beigu laiku.',
	'streetTrade.closesBeforeOpening':
		'Beigu laiks nav pēc sākuma laika: izvēlieties beigu laiku, kas ir vēlāks par sākuma laiku.',
	'streetTrade.stallTooWide':
		'Tirdzniecības vieta šeit drīkst būt ne platāka par {max} m: samaziniet platumu.',
	'streetTrade.stallTooDeep':
		'Tirdzniecības vieta šeit drīkst būt ne dziļāka par {max} m: samaziniet dziļumu.',
	'streetTrade.outsideMunicipality':
		'Atzīmētā vieta nav šīs pašvaldības teritorijā: pārvietojiet punktu kartē uz tirdzniecības vietu vai iesniedziet pieteikumu tai pašvaldībai, kurā vieta atrodas.',
	'streetTrade.notCompanySignatory':
		'Uzņēmuma vārdā var pieteikties tikai tā paraksttiesīgā persona: pieslēdzieties Latvija.lv kā šī uzņēmuma pārstāvis vai piesakieties kā fiziska persona.'
};

export const streetTradeEn: Record<keyof typeof streetTradeLv, string> = {
	'streetTrade.startInPast': 'The start date is in the past: enter today or a later date.',
	'streetTrade.endBeforeStart':
		'The end date is before the start date: enter an end date on or after the start date.',
	'streetTrade.periodTooLong':
		'A period this long is not allowed here: shorten it to {max} days, or apply again later.',
	'streetTrade.noTradingDay':
		'None of the chosen days of the week falls in this period: tick other days or make the period longer.',
	'streetTrade.opensTooEarly':
		'Trade here may start at {time} at the earliest: choose a later opening time.',
	'streetTrade.closesTooLate': 'Trade here must end by {time}: choose an earlier closing time.',
	'streetTrade.closesBeforeOpening':
		'The closing time is not after the opening time: choose a closing time later than the opening time.',
	'streetTrade.stallTooWide':
		'The trading place may be at most {max} m wide here: make it narrower.',
	'streetTrade.stallTooDeep':
		'The trading place may be at most {max} m deep here: make it shallower.',
	'streetTrade.outsideMunicipality':
		'The marked place is not in this municipality: move the point on the map to where you will trade, or apply to the municipality the place is in.',
	'streetTrade.notCompanySignatory':
		'Only a signatory of the company can apply on its behalf: sign in through Latvija.lv as the company’s representative, or apply as a private person.'
};
