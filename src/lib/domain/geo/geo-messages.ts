/**
 * Texts of the coordinate, distance and position checks (Latvian first); merged into
 * src/lib/i18n/messages.ts. Keys are also the zod issue codes of ./position.ts.
 */
export const geoLv = {
	'geo.point.invalid': 'Koordinātas nav skaitļi vai ir ārpus pieļaujamā diapazona.',
	'geo.accuracy.invalid': 'Atrašanās vietas precizitāte nav norādīta vai nav derīga.',
	'geo.limit.invalid': 'Pieļaujamajam attālumam un precizitātei jābūt pozitīviem skaitļiem.',
	'geo.position.unavailable':
		'Ierīce nedeva derīgu atrašanās vietu. Mēģiniet vēlreiz vai ievadiet koordinātas.',
	'geo.position.poorAccuracy':
		'Atrašanās vieta noteikta tikai ar precizitāti ±{accuracy} m (vajag ±{max} m vai precīzāk). Pagaidiet atklātā vietā un nosakiet vēlreiz.',
	'geo.position.tooFar':
		'Jūs atrodaties {distance} m no atļautās vietas (pieļaujams {max} m). Pārbaudiet, vai esat pie pareizā objekta.',
	'geo.position.ok': 'Atrašanās vieta atbilst atļautajai vietai ({distance} m, ±{accuracy} m).',
	'geo.coords.wgs84': 'WGS84',
	'geo.coords.lks92': 'LKS-92 (EPSG:3059)',
	'geo.coords.outsideLatvia': 'ārpus Latvijas',
	'geo.route': 'Maršruts',
	'geo.route.hint': 'Atver ierīces karšu lietotni ar maršrutu līdz šai vietai.'
};

export const geoEn: Record<keyof typeof geoLv, string> = {
	'geo.point.invalid': 'The coordinates are not numbers or are out of range.',
	'geo.accuracy.invalid': 'The accuracy of the position is missing or not valid.',
	'geo.limit.invalid': 'The allowed distance and accuracy must be positive numbers.',
	'geo.position.unavailable':
		'The device gave no valid position. Try again or enter the coordinates.',
	'geo.position.poorAccuracy':
		'The position is only accurate to ±{accuracy} m (±{max} m or better is needed). Wait in the open and locate again.',
	'geo.position.tooFar':
		'You are {distance} m from the permitted location (up to {max} m is allowed). Check that you are at the right site.',
	'geo.position.ok': 'The position matches the permitted location ({distance} m, ±{accuracy} m).',
	'geo.coords.wgs84': 'WGS84',
	'geo.coords.lks92': 'LKS-92 (EPSG:3059)',
	'geo.coords.outsideLatvia': 'outside Latvia',
	'geo.route': 'Route',
	'geo.route.hint': 'Opens the device’s maps app with a route to this place.'
};
