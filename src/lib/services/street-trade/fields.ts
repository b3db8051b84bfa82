/** Field names the rules, fee and decision read (the steps use the same names). */
export const F = {
	applicantType: 'applicantType',
	companyName: 'companyName',
	registrationNumber: 'registrationNumber',
	contactName: 'contactName',
	email: 'email',
	stallType: 'stallType',
	goods: 'goods',
	goodsDescription: 'goodsDescription',
	address: 'address',
	point: 'point',
	zone: 'zone',
	from: 'dateFrom',
	to: 'dateTo',
	days: 'tradeDays',
	opensAt: 'opensAt',
	closesAt: 'closesAt',
	width: 'stallWidth',
	depth: 'stallDepth',
	sketch: 'stallSketch',
	foodRegistration: 'foodRegistration'
} as const;
