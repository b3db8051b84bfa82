/**
 * The inspector's "My inspections" page: the list, the task map and "make available
 * offline" (Latvian first). Merged into messages.ts.
 */
export const inspectionListLv = {
	'inspectionList.nav': 'Manas pārbaudes',
	'inspectionList.title': 'Manas pārbaudes',
	'inspectionList.lead':
		'Jums piešķirtās pārbaudes un jūsu ziņojumi. Tie ir saglabāti šajā ierīcē, tāpēc saraksts un karte darbojas arī bez interneta.',
	'inspectionList.signIn': 'Lai redzētu savas pārbaudes, pieslēdzieties.',
	'inspectionList.notInspector':
		'Šī lapa ir inspektoriem. Jums nav inspektora lomas nevienā pašvaldībā.',
	'inspectionList.loading': 'Ielādē pārbaudes no ierīces…',
	'inspectionList.empty':
		'Jums pašlaik nav nevienas pārbaudes. Kad darbinieks jums piešķirs pārbaudi, tā parādīsies šeit pēc sinhronizācijas.',
	'inspectionList.open': 'Veicamās pārbaudes',
	'inspectionList.noOpen': 'Veicamu pārbaužu nav.',
	'inspectionList.finished': 'Pabeigtās pārbaudes un ziņojumi',
	'inspectionList.report': 'Ziņot par neatļautu reklāmu',
	'inspectionList.kind.preDecision': 'Pārbaude pirms lēmuma',
	'inspectionList.kind.installation': 'Uzstādīšanas pārbaude',
	'inspectionList.kind.periodic': 'Periodiskā pārbaude',
	'inspectionList.kind.reinspection': 'Atkārtota pārbaude',
	'inspectionList.kind.report': 'Ziņojums par neatļautu reklāmu',
	'inspectionList.status.assigned': 'Jāveic',
	'inspectionList.status.done': 'Veikta',
	'inspectionList.status.cancelled': 'Atcelta',
	'inspectionList.status.closed': 'Slēgta',
	'inspectionList.permit': 'Atļauja',
	'inspectionList.registration': 'Pieteikums',
	'inspectionList.holder': 'Turētājs',
	'inspectionList.address': 'Adrese',
	'inspectionList.due': 'Termiņš',
	'inspectionList.noDue': 'nav noteikts',
	'inspectionList.overdue': 'nokavēts',
	'inspectionList.coords': 'Koordinātas',
	'inspectionList.noPoint': 'Koordinātas nav norādītas.',
	'inspectionList.ready': 'Pieejams bezsaistē',
	'inspectionList.needsFiles.one': 'Jālejupielādē {count} fails',
	'inspectionList.needsFiles.many': 'Jālejupielādē {count} faili',
	'inspectionList.markerNumber': 'Nr. {number} kartē',
	'inspectionList.offline.title': 'Bezsaiste',
	'inspectionList.offline.action': 'Padarīt pieejamu bezsaistē',
	'inspectionList.offline.hint':
		'Lejupielādē visu veicamo pārbaužu apstiprinātos dizainus šajā ierīcē, lai tie būtu redzami arī bez interneta.',
	'inspectionList.offline.allReady': 'Visi veicamo pārbaužu faili jau ir šajā ierīcē.',
	'inspectionList.offline.progressLabel': 'Lejupielādēts {done} no {size}',
	'inspectionList.offline.starting': 'Sāk lejupielādi…',
	'inspectionList.offline.fetching': 'Lejupielādē {file} ({index}. fails no {total})',
	'inspectionList.offline.done': 'Gatavs: saglabāti faili — {saved}. Viss ir pieejams bezsaistē.',
	'inspectionList.offline.partial':
		'Saglabāti faili — {saved} no {total}. Neizdevās — {failed}; tos var mēģināt vēlreiz:',
	'inspectionList.offline.broken':
		'Ierīces krātuvi nevarēja nolasīt. Pārlādējiet lapu un mēģiniet vēlreiz.',
	'inspectionList.failure.offline': 'nav interneta savienojuma (vai tas pārtrūka)',
	'inspectionList.failure.signedOut': 'sesija ir beigusies — pieslēdzieties vēlreiz',
	'inspectionList.failure.notFound': 'serveris šo failu nedod (iespējams, uzdevums ir mainīts)',
	'inspectionList.failure.mismatch':
		'saņemtais fails neatbilst apstiprinātajam (kontrolsumma vai izmērs atšķiras), tāpēc tas netika saglabāts',
	'inspectionList.failure.storage': 'ierīcē nepietiek vietas',
	'inspectionList.failure.server': 'servera kļūda, mēģiniet vēlāk',
	'taskMap.title': 'Karte',
	'taskMap.plain':
		'Vienkārša karte bez pamatnes (darbojas bez interneta): koordinātu režģis un uzdevumu vietas ar numuriem kā sarakstā.',
	'taskMap.tiles': 'Uzdevumu vietas ar numuriem kā sarakstā. Kartes dati: {source}.',
	'taskMap.noPoints': 'Nevienai pārbaudei nav norādītas koordinātas, tāpēc karti nerāda.',
	'taskMap.marker': '{number}. {name}, {place}'
};

export const inspectionListEn: Record<keyof typeof inspectionListLv, string> = {
	'inspectionList.nav': 'My inspections',
	'inspectionList.title': 'My inspections',
	'inspectionList.lead':
		'Inspections assigned to you and your reports. They are kept on this device, so the list and the map work without internet too.',
	'inspectionList.signIn': 'Sign in to see your inspections.',
	'inspectionList.notInspector':
		'This page is for inspectors. You hold no inspector role in any municipality.',
	'inspectionList.loading': 'Loading inspections from the device…',
	'inspectionList.empty':
		'You have no inspections at the moment. When an officer assigns you one, it appears here after syncing.',
	'inspectionList.open': 'Inspections to do',
	'inspectionList.noOpen': 'Nothing to inspect.',
	'inspectionList.finished': 'Finished inspections and reports',
	'inspectionList.report': 'Report an unpermitted ad',
	'inspectionList.kind.preDecision': 'Inspection before the decision',
	'inspectionList.kind.installation': 'Installation inspection',
	'inspectionList.kind.periodic': 'Periodic inspection',
	'inspectionList.kind.reinspection': 'Re-inspection',
	'inspectionList.kind.report': 'Report of an unpermitted ad',
	'inspectionList.status.assigned': 'To do',
	'inspectionList.status.done': 'Done',
	'inspectionList.status.cancelled': 'Cancelled',
	'inspectionList.status.closed': 'Closed',
	'inspectionList.permit': 'Permit',
	'inspectionList.registration': 'Application',
	'inspectionList.holder': 'Holder',
	'inspectionList.address': 'Address',
	'inspectionList.due': 'Due',
	'inspectionList.noDue': 'not set',
	'inspectionList.overdue': 'overdue',
	'inspectionList.coords': 'Coordinates',
	'inspectionList.noPoint': 'No coordinates given.',
	'inspectionList.ready': 'Available offline',
	'inspectionList.needsFiles.one': '{count} file to download',
	'inspectionList.needsFiles.many': '{count} files to download',
	'inspectionList.markerNumber': 'No. {number} on the map',
	'inspectionList.offline.title': 'Offline',
	'inspectionList.offline.action': 'Make available offline',
	'inspectionList.offline.hint':
		'Downloads the approved designs of all inspections to do onto this device, so they can be seen without internet.',
	'inspectionList.offline.allReady': 'All files of the inspections to do are on this device.',
	'inspectionList.offline.progressLabel': 'Downloaded {done} of {size}',
	'inspectionList.offline.starting': 'Starting the download…',
	'inspectionList.offline.fetching': 'Downloading {file} (file {index} of {total})',
	'inspectionList.offline.done': 'Done: files saved — {saved}. Everything is available offline.',
	'inspectionList.offline.partial':
		'Files saved — {saved} of {total}. Failed — {failed}; you can try them again:',
	'inspectionList.offline.broken':
		'The device’s storage could not be read. Reload the page and try again.',
	'inspectionList.failure.offline': 'no internet connection (or it dropped)',
	'inspectionList.failure.signedOut': 'the session has ended — sign in again',
	'inspectionList.failure.notFound':
		'the server does not give this file (the task may have changed)',
	'inspectionList.failure.mismatch':
		'the file received is not the approved one (its checksum or size differs), so it was not saved',
	'inspectionList.failure.storage': 'not enough room on the device',
	'inspectionList.failure.server': 'a server error, try later',
	'taskMap.title': 'Map',
	'taskMap.plain':
		'A plain map without a base layer (works without internet): a coordinate grid and the inspection sites numbered as in the list.',
	'taskMap.tiles': 'Inspection sites numbered as in the list. Map data: {source}.',
	'taskMap.noPoints': 'No inspection has coordinates, so no map is shown.',
	'taskMap.marker': '{number}. {name}, {place}'
};
